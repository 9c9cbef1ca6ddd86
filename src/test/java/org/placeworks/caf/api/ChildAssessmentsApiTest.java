package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.testsupport.RenderedForm;

/**
 * A child's own assessment over the JSON API, as the family support worker (frontline): recorded,
 * listed with the child's needs scored on the family assessment, redone with the earlier one kept;
 * a stale version (409), bad input and a person who is not a child of the case (422, named), and the
 * school nurse (frontline2) refused as the case gate says (403 where she knows the case, 404 where not).
 */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class ChildAssessmentsApiTest {

    @Inject
    CasePages pages;

    record TwoChildren(UUID caseId, CasePages.Family family, UUID younger) {
    }

    /** A consented case about Ruby and her younger sister Marigold; the need, scored 4, is Marigold's. */
    private TwoChildren twoChildren(long uprn) {
        CasePages.Family family = pages.family(uprn);
        UUID younger = FamilyFixtures.addPerson("frontline", family.id(), FamilyFixtures.person("Marigold", family.name(),
                FamilyFixtures.distinctBirthday(CasePages.today().minusYears(7).minusDays(400), 300)));
        Map<String, Object> referral = CasePages.referral(family, "someone@school.example");
        referral.put("childIds", List.of(family.childId().toString(), younger.toString()));
        String location = CasePages.post("/cases/new/referral?familyId=" + family.id() + "&screen=no",
                "/cases/new/referral?familyId=" + family.id(), referral).then().statusCode(303).extract().header("Location");
        UUID caseId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        CasePages.consent(caseId);
        String need = CasePages.needIds(caseId).get(0);
        RenderedForm.open("/cases/" + caseId + "/assessment").set("child-" + need, younger.toString())
                .set("score-" + need, "4").submit().then().statusCode(303);
        return new TwoChildren(caseId, family, younger);
    }

    private static long version(UUID caseId) {
        return given().get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static Map<String, Object> body(String needs, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("strengths", Map.of("LEARNING", "Reads to her little brother"));
        body.put("needs", Map.of("EMOTIONAL_SOCIAL", needs));
        body.put("childsVoice", "Marigold: \"I don't like the shouting.\"");
        body.put("version", version);
        return body;
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void aChildsAssessmentIsRecordedAndRedoneWithTheEarlierOneKept() {
        TwoChildren t = twoChildren(CasePages.SOUTHBANK);
        String path = "/api/v1/cases/" + t.caseId() + "/children/" + t.younger() + "/assessments";
        long before = version(t.caseId());

        post(path, body("Worried by arguments at home", before)).statusCode(201)
                .body("child", equalTo("Marigold " + t.family().name()), "completedOn", equalTo(CasePages.today().toString()),
                        "needs[0].description", equalTo("School attendance"), "needs[0].baselineScore", equalTo(4),
                        "findings.find { it.element == 'EMOTIONAL_SOCIAL' }.needs", equalTo("Worried by arguments at home"));
        // The version sent before that save is stale now.
        post(path, body("Overwrites nothing", before)).statusCode(409);

        post(path, body("Calmer since the family meeting", version(t.caseId()))).statusCode(201);
        given().get(path).then().statusCode(200).body("size()", equalTo(2),
                "[0].findings.find { it.element == 'EMOTIONAL_SOCIAL' }.needs", equalTo("Calmer since the family meeting"),
                "[0].replacedOn", nullValue(), "[1].findings.find { it.element == 'EMOTIONAL_SOCIAL' }.needs",
                equalTo("Worried by arguments at home"), "[1].replacedOn", equalTo(CasePages.today().toString()));
    }

    @Test
    void badInputAndAPersonWhoIsNotAChildOfTheCaseAreNamed() {
        TwoChildren t = twoChildren(CasePages.NORTHGATE);
        String path = "/api/v1/cases/" + t.caseId() + "/children/" + t.younger() + "/assessments";
        long version = version(t.caseId());

        Map<String, Object> empty = new HashMap<>(Map.of("version", version));
        post(path, empty).statusCode(422).body("errors", hasKey("findings"));
        Map<String, Object> future = body("Worried", version);
        future.put("completedOn", CasePages.today().plusDays(3).toString());
        post(path, future).statusCode(422).body("errors", hasKey("completedOn"));
        Map<String, Object> beforeConsent = body("Worried", version);
        beforeConsent.put("completedOn", CasePages.today().minusDays(1).toString());
        post(path, beforeConsent).statusCode(422).body("errors", hasKey("completedOn"));

        String parent = given().get("/api/v1/families/" + t.family().id()).then().statusCode(200).extract()
                .path("people.find { it.givenName == 'Sam' }.id");
        post("/api/v1/cases/" + t.caseId() + "/children/" + parent + "/assessments", body("Not a child", version))
                .statusCode(422).body("errors", hasKey("personId"));
        given().get("/api/v1/cases/" + t.caseId() + "/children/" + parent + "/assessments").then().statusCode(404);
        given().get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    @Inject
    jakarta.enterprise.event.Event<org.placeworks.family.PeopleMerged> merged;

    @Test
    void aChildsAssessmentFollowsAMergeIntoTheRecordKept() {
        TwoChildren t = twoChildren(CasePages.NORTHGATE);
        post("/api/v1/cases/" + t.caseId() + "/children/" + t.younger() + "/assessments", body("Worried by arguments at home",
                version(t.caseId()))).statusCode(201);
        UUID kept = FamilyFixtures.addPerson("frontline", t.family().id(), FamilyFixtures.person("Goldie", t.family().name(),
                FamilyFixtures.distinctBirthday(CasePages.today().minusYears(8).minusDays(340), 300)));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> merged.fire(new org.placeworks.family.PeopleMerged(kept, t.younger())));
        given().get("/api/v1/cases/" + t.caseId() + "/children/" + kept + "/assessments").then().statusCode(200)
                .body("size()", equalTo(1), "[0].needs[0].description", equalTo("School attendance"));
    }

    @Test
    void theSchoolNurseIsRefusedAsTheCaseGateSays() {
        TwoChildren known = twoChildren(CasePages.SOUTHBANK);
        TwoChildren hidden = twoChildren(CasePages.NORTHGATE);
        String knownPath = "/api/v1/cases/" + known.caseId() + "/children/" + known.younger() + "/assessments";
        String hiddenPath = "/api/v1/cases/" + hidden.caseId() + "/children/" + hidden.younger() + "/assessments";
        long knownVersion = version(known.caseId());
        long hiddenVersion = version(hidden.caseId());
        pages.as("frontline2", () -> {
            post(knownPath, body("Not hers to write", knownVersion)).statusCode(403);
            given().get(knownPath).then().statusCode(403);
            post(hiddenPath, body("Not hers to write", hiddenVersion)).statusCode(404);
            given().get(hiddenPath).then().statusCode(404);
        });
        given().get(knownPath).then().statusCode(200).body("size()", equalTo(0));
    }
}
