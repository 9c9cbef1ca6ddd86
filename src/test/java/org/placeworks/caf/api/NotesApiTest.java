package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;

/**
 * Notes over the JSON API, as the school nurse (frontline2): refused while she only knows the case
 * exists, recorded once she is on its Team Around the Family; a case outside her boundary is not found.
 */
@QuarkusTest
@TestSecurity(user = "frontline2", roles = "frontline")
class NotesApiTest {

    @Inject
    CasePages pages;

    private static Map<String, Object> note(String on, CasePages.Family family, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("happenedOn", on);
        body.put("happenedAt", "00:00"); // midnight: never still to come, whatever the hour
        body.put("type", "PHONE");
        body.put("seen", List.of(family.childId()));
        body.put("childSeenAlone", false);
        body.put("text", text);
        return body;
    }

    private UUID caseWithConsent(CasePages.Family family) {
        return pages.as("frontline", () -> {
            UUID id = CasePages.refer(family, "someone@school.example");
            CasePages.consent(id);
            return id;
        });
    }

    @Test
    void aTeamMemberRecordsANoteWhichTheCaseReadsBackAndAFlagOnlyWorkerIsRefused() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        UUID caseId = caseWithConsent(family);
        String today = CasePages.today().toString();

        given().contentType(ContentType.JSON).body(note(today, family, "Phoned mum")).post("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(403);
        given().get("/api/v1/cases/" + caseId + "/notes").then().statusCode(403);

        UUID nurse = pages.staffId("frontline2");
        pages.as("frontline", () -> CasePages.addToTeam(caseId, nurse));
        String location = given().contentType(ContentType.JSON).body(note(today, family, "Phoned mum about Mondays"))
                .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201)
                .body("type", equalTo("PHONE"), "text", equalTo("Phoned mum about Mondays"), "editable", equalTo(true))
                .extract().header("Location");

        pages.as("frontline", () -> given().get("/api/v1/cases/" + caseId + "/notes").then().statusCode(200)
                .body("$", hasSize(1), "[0].text", equalTo("Phoned mum about Mondays"), "[0].editable", equalTo(false),
                        "[0].seen[0].personId", equalTo(family.childId().toString())));

        int version = given().get(location).then().statusCode(200).extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("text", "Mum called back", "version", version))
                .post(location + "/addenda").then().statusCode(200)
                .body("addenda", hasSize(1), "addenda[0].text", equalTo("Mum called back"), "text", equalTo("Phoned mum about Mondays"));
        Map<String, Object> stale = note(today, family, "Rewritten");
        stale.put("version", version);
        given().contentType(ContentType.JSON).body(stale).put(location).then().statusCode(409);
    }

    @Test
    void aNoteInTheFutureOrBeforeTheReferralIsRefusedNamingTheField() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        UUID caseId = caseWithConsent(family);
        pages.as("frontline", () -> {
            given().contentType(ContentType.JSON).body(note(CasePages.today().plusDays(1).toString(), family, "Tomorrow"))
                    .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(422).body(containsString("happenedOn"));
            given().contentType(ContentType.JSON).body(note(CasePages.today().minusDays(1).toString(), family, "Before"))
                    .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(422)
                    .body(containsString("happenedOn"), containsString("before the request for support"));
            given().get("/api/v1/cases/" + caseId + "/notes").then().statusCode(200).body("$", hasSize(0));
        });
    }

    @Test
    void aCaseOutsideTheBoundaryIsNotFound() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID caseId = caseWithConsent(family);
        given().contentType(ContentType.JSON).body(note(CasePages.today().toString(), family, "x"))
                .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(404);
        given().get("/api/v1/cases/" + caseId + "/notes").then().statusCode(404);
    }
}
