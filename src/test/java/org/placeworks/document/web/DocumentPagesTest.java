package org.placeworks.document.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;
import org.placeworks.document.Documents;
import org.placeworks.document.SampleFiles;
import org.placeworks.testsupport.RenderedForm;

/**
 * Adding documents through the rendered forms, as the family support worker (frontline), and reading them back
 * on the case page and the family page; refused files come back on the form with an error summary, and nothing
 * is saved. The school nurse (frontline2), who only knows a case exists, is refused the form.
 */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class DocumentPagesTest {

    @Inject
    CasePages pages;

    private UUID aCase(CasePages.Family family) {
        UUID id = CasePages.refer(family, "someone@school.example");
        CasePages.consent(id);
        return id;
    }

    private static RenderedForm form(String path, String title, String kind) {
        return RenderedForm.open(path).set("title", title).set("kind", kind);
    }

    @Test
    void aWorkerAddsASignedConsentFormAndTheCasePageLinksToItsDownload() {
        UUID caseId = aCase(pages.family(CasePages.SOUTHBANK));
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("No documents added yet."),
                containsString("/cases/" + caseId + "/documents/new"));

        byte[] pdf = SampleFiles.pdf("signed by Sam");
        form("/cases/" + caseId + "/documents/new", "Consent form signed by Sam", "CONSENT_FORM")
                .attach("file", "Consent form.pdf", pdf, "application/pdf").submit()
                .then().statusCode(303).header("Location", containsString("/cases/" + caseId + "#documents"));

        String page = given().get("/cases/" + caseId).then().statusCode(200).extract().asString();
        var link = Jsoup.parse(page).select("#documents + dl a").first();
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Consent form signed by Sam");
        assertThat(page).contains("Signed consent form. PDF");

        Response download = given().redirects().follow(false).get(link.attr("href"));
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"Consent form.pdf\"").header("X-Content-Type-Options", "nosniff");
        assertThat(download.asByteArray()).isEqualTo(pdf);
    }

    @Test
    void theDemoBegumCaseHasItsSignedConsentForm() {
        String caseId = given().get("/api/v1/cases?q=Begum").then().statusCode(200).extract()
                .path("find { it.familyName == 'Begum family' }.id");
        String page = given().get("/cases/" + caseId).then().statusCode(200).extract().asString();
        // Other tests (the access matrix) add documents of their own to the demo cases: find the demo's by its title.
        var link = Jsoup.parse(page).select("#documents + dl a").stream()
                .filter(a -> a.text().equals("Consent form signed by Rumana Begum")).findFirst().orElseThrow();
        byte[] pdf = given().get(link.attr("href")).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void refusedFilesAreShownAgainOnTheFormWithTheReasonAndNothingIsSaved() {
        UUID caseId = aCase(pages.family(CasePages.SOUTHBANK));
        String path = "/cases/" + caseId + "/documents/new";

        String tooBig = form(path, "Scanned bundle", "REPORT")
                .attach("file", "bundle.pdf", SampleFiles.pdfOfSize((int) Documents.MAX_SIZE + 1), "application/pdf").submit()
                .then().statusCode(413).extract().asString();
        assertThat(tooBig).contains("govuk-error-summary", "href=\"#file\"", Documents.TOO_LARGE)
                .contains("value=\"Scanned bundle\"");

        // Past the server's own limit (a browser declares the form's length) the body is never read: the browser is
        // sent back to the form, which says why.
        String back = given().redirects().follow(false).contentType("multipart/form-data; boundary=placeworks")
                .body(new byte[23 * 1024 * 1024]).post(path).then().statusCode(303).extract().header("Location");
        String farTooBig = given().get(back).then().statusCode(413).extract().asString();
        assertThat(farTooBig).contains("govuk-error-summary", "href=\"#file\"", Documents.TOO_LARGE);

        String renamed = form(path, "Consent", "CONSENT_FORM").attach("file", "consent.pdf", SampleFiles.html(), "application/pdf")
                .submit().then().statusCode(415).extract().asString();
        assertThat(renamed).contains("govuk-error-summary", "href=\"#file\"", "The selected file must be a PDF");

        String empty = form(path, "Consent", "CONSENT_FORM").attach("file", "consent.pdf", new byte[0], "application/pdf")
                .submit().then().statusCode(422).extract().asString();
        assertThat(empty).contains("href=\"#file\"", "The selected file is empty");

        String nothing = RenderedForm.open(path).submit().then().statusCode(422).extract().asString();
        assertThat(nothing).contains("href=\"#title\"", "href=\"#kind\"", "href=\"#file\"", "Select a file to upload");

        given().get("/cases/" + caseId).then().body(containsString("No documents added yet."));
    }

    @Test
    void aFamilysOwnDocumentsAreOnTheFamilyPage() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        form("/families/" + family.id() + "/documents/new", "Photo of the damp bedroom", "OTHER")
                .attach("file", "damp.jpg", SampleFiles.jpeg(), "image/jpeg").submit()
                .then().statusCode(303).header("Location", containsString("/families/" + family.id() + "#documents"));
        given().get("/families/" + family.id()).then().statusCode(200)
                .body(containsString("Photo of the damp bedroom"), containsString("JPEG image"),
                        containsString("/families/" + family.id() + "/documents/new"));
    }

    @Test
    void someoneWhoOnlyKnowsTheCaseExistsIsRefusedTheFormAndOutsideTheBoundaryFindsNothing() {
        UUID southbank = aCase(pages.family(CasePages.SOUTHBANK));
        UUID northgate = aCase(pages.family(CasePages.NORTHGATE));
        pages.as("frontline2", () -> {
            given().redirects().follow(false).get("/cases/" + southbank + "/documents/new").then().statusCode(403)
                    .body(containsString("held by"));
            given().redirects().follow(false).get("/cases/" + northgate + "/documents/new").then().statusCode(404);
        });
        given().get("/cases/" + southbank + "/documents/new").then().statusCode(200).body(not(containsString("govuk-error-summary")));
    }
}
