package org.placeworks.document.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.web.CasePages;
import org.placeworks.document.Documents;
import org.placeworks.document.SampleFiles;

/**
 * Documents over the JSON API, as the school nurse (frontline2): refused while she only knows a Southbank case
 * exists, added and downloaded once she is on its Team Around the Family; a Northgate case or family, outside
 * her boundary, is not found. Files are checked by content, and a refused one saves nothing.
 */
@QuarkusTest
@TestSecurity(user = "frontline2", roles = "frontline")
class DocumentsApiTest {

    @Inject
    CasePages pages;

    @Inject
    AuditTrail audit;

    private UUID caseWithConsent(CasePages.Family family) {
        return pages.as("frontline", () -> {
            UUID id = CasePages.refer(family, "someone@school.example");
            CasePages.consent(id);
            return id;
        });
    }

    private UUID caseWithTheNurse() {
        UUID caseId = caseWithConsent(pages.family(CasePages.SOUTHBANK));
        UUID nurse = pages.staffId("frontline2");
        pages.as("frontline", () -> CasePages.addToTeam(caseId, nurse));
        return caseId;
    }

    private static RequestSpecification upload(String title, String fileName, byte[] content, String declaredType) {
        RequestSpecification request = given().multiPart("title", title);
        return content == null ? request : request.multiPart("file", fileName, content, declaredType);
    }

    @Test
    void aTeamMemberAddsAConsentFormWhichIsListedDescribedAndDownloadedAsAnAttachment() {
        UUID caseId = caseWithTheNurse();
        byte[] pdf = SampleFiles.pdfOfSize(2 * 1024 * 1024 + 123); // more than one chunk in the database
        new Random(3).nextBytes(pdf); // past the header the bytes are anything at all
        System.arraycopy(SampleFiles.pdf("x"), 0, pdf, 0, 5);

        String location = upload("Consent form signed by mum", "consent form.exe", pdf, "application/octet-stream")
                .multiPart("kind", "CONSENT_FORM").post("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(201)
                .body("title", equalTo("Consent form signed by mum"), "kind", equalTo("CONSENT_FORM"), "contentType",
                        equalTo("application/pdf"), "fileName", equalTo("consent form.pdf"), "size", equalTo(pdf.length),
                        "caseId", equalTo(caseId.toString()))
                .extract().header("Location");
        UUID documentId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        given().get("/api/v1/cases/" + caseId + "/documents").then().statusCode(200)
                .body("$", hasSize(1), "[0].id", equalTo(documentId.toString()));
        given().get(location).then().statusCode(200).body("title", equalTo("Consent form signed by mum"));

        Response download = given().get(location + "/content");
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"consent form.pdf\"")
                .header("X-Content-Type-Options", "nosniff");
        assertThat(download.asByteArray()).isEqualTo(pdf);

        // The case's own worker reads it too; every upload, list, view and download is on the audit trail.
        pages.as("frontline", () -> given().get("/api/v1/cases/" + caseId + "/documents").then().statusCode(200).body("$", hasSize(1)));
        assertThat(audit.history(Documents.KIND, documentId, 20)).extracting(e -> e.action() + " " + e.summary())
                .anySatisfy(s -> assertThat(s).startsWith("CREATE Added \"Consent form signed by mum\" to case"))
                .anySatisfy(s -> assertThat(s).isEqualTo("VIEW Downloaded \"Consent form signed by mum\""));
    }

    @Test
    void someoneWhoOnlyKnowsTheCaseExistsIsRefusedAndACaseOutsideTheBoundaryIsNotFound() {
        UUID flagged = caseWithConsent(pages.family(CasePages.SOUTHBANK));
        UUID documentId = pages.as("frontline", () -> UUID.fromString(upload("School report", "report.pdf", SampleFiles.pdf("r"),
                "application/pdf").post("/api/v1/cases/" + flagged + "/documents").then().statusCode(201).extract().path("id")));

        upload("Mine", "mine.pdf", SampleFiles.pdf("m"), "application/pdf").post("/api/v1/cases/" + flagged + "/documents")
                .then().statusCode(403).body(containsString("held by"));
        given().get("/api/v1/cases/" + flagged + "/documents").then().statusCode(403);
        given().get("/api/v1/documents/" + documentId).then().statusCode(403);
        given().get("/api/v1/documents/" + documentId + "/content").then().statusCode(403);

        UUID elsewhere = caseWithConsent(pages.family(CasePages.NORTHGATE));
        upload("Mine", "mine.pdf", SampleFiles.pdf("m"), "application/pdf").post("/api/v1/cases/" + elsewhere + "/documents")
                .then().statusCode(404);
        given().get("/api/v1/cases/" + elsewhere + "/documents").then().statusCode(404);
        given().get("/api/v1/documents/" + UUID.randomUUID()).then().statusCode(404);
        pages.as("frontline", () -> given().get("/api/v1/cases/" + flagged + "/documents").then().body("$", hasSize(1)));
    }

    @Test
    void refusedFilesNameTheFileFieldAndSaveNothing() {
        UUID caseId = caseWithTheNurse();
        String documents = "/api/v1/cases/" + caseId + "/documents";

        upload("Too big", "big.pdf", SampleFiles.pdfOfSize((int) Documents.MAX_SIZE + 1), "application/pdf").post(documents)
                .then().statusCode(413).body("errors.file", equalTo(Documents.TOO_LARGE));
        // Past the server's own body limit (21 MB): declared by its length, it is refused before any of it is read,
        // naming the field; sent in chunks with no length, the server refuses it when the limit is reached (bare 413).
        given().contentType("multipart/form-data; boundary=placeworks").body(new byte[23 * 1024 * 1024]).post(documents)
                .then().statusCode(413).body("errors.file", equalTo(Documents.TOO_LARGE));
        upload("Far too big", "huge.pdf", SampleFiles.pdfOfSize(23 * 1024 * 1024), "application/pdf").post(documents)
                .then().statusCode(413);
        upload("Page", "consent.pdf", SampleFiles.html(), "application/pdf").post(documents)
                .then().statusCode(415).body("errors.file", containsString("must be a PDF"));
        upload("Program", "consent.pdf", SampleFiles.exe(), "application/pdf").post(documents)
                .then().statusCode(415).body("errors.file", containsString("must be a PDF"));
        upload("Empty", "empty.pdf", new byte[0], "application/pdf").post(documents)
                .then().statusCode(422).body("errors.file", equalTo("The selected file is empty"));
        upload("Nothing", null, null, null).post(documents).then().statusCode(422).body("errors.file", equalTo("Select a file to upload"));
        upload("", "ok.pdf", SampleFiles.pdf("ok"), "application/pdf").post(documents)
                .then().statusCode(422).body("errors.title", containsString("Enter a title"));
        upload("Odd kind", "ok.pdf", SampleFiles.pdf("ok"), "application/pdf").multiPart("kind", "PASSPORT").post(documents)
                .then().statusCode(422).body("errors.kind", containsString("CONSENT_FORM"));

        given().get(documents).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void otherRoutesKeepTheSmallerBodyLimit() {
        UUID caseId = caseWithTheNurse();
        byte[] body = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        given().contentType("application/json").body(body).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(413);
    }

    @Test
    void aMaximumSizeFileIsAccepted() {
        UUID caseId = caseWithTheNurse();
        upload("Full size", "full.pdf", SampleFiles.pdfOfSize((int) Documents.MAX_SIZE), "application/pdf")
                .post("/api/v1/cases/" + caseId + "/documents").then().statusCode(201).body("size", equalTo((int) Documents.MAX_SIZE));
    }

    @Test
    void aFamilyKeepsItsOwnDocumentsForThoseWhoMayChangeIt() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        String location = upload("Tenancy letter", "letter.docx", SampleFiles.docx(), "application/octet-stream")
                .multiPart("kind", "LETTER").post("/api/v1/families/" + family.id() + "/documents").then().statusCode(201)
                .body("familyId", equalTo(family.id().toString()), "contentType",
                        equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .extract().header("Location");
        given().get("/api/v1/families/" + family.id() + "/documents").then().statusCode(200)
                .body("$", hasSize(1), "[0].title", equalTo("Tenancy letter"));
        given().get(location + "/content").then().statusCode(200).header("Content-Disposition", containsString("letter.docx"));

        CasePages.Family elsewhere = pages.family(CasePages.NORTHGATE);
        upload("Mine", "mine.odt", SampleFiles.odt(), "application/vnd.oasis.opendocument.text")
                .post("/api/v1/families/" + elsewhere.id() + "/documents").then().statusCode(404);
        given().get("/api/v1/families/" + elsewhere.id() + "/documents").then().statusCode(404);
        String theirs = pages.as("frontline", () -> upload("Theirs", "theirs.odt", SampleFiles.odt(), "application/vnd.oasis.opendocument.text")
                .post("/api/v1/families/" + elsewhere.id() + "/documents").then().statusCode(201).extract().header("Location"));
        given().get(theirs + "/content").then().statusCode(404);
    }
}
