package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;

/**
 * The case steps after consent over the JSON API, as the family support worker (frontline) whose
 * service owns the case: the same checks as the pages, a stale version refused (409), bad input
 * named (422), and the school nurse (frontline2), who may only read or only know of it, refused.
 */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class CaseStepsApiTest {

    @Inject
    CasePages pages;

    private static JsonPath kase(UUID id) {
        return given().get("/api/v1/cases/" + id).then().statusCode(200).extract().jsonPath();
    }

    private UUID consented(long uprn) {
        CasePages.Family family = pages.family(uprn);
        UUID id = CasePages.refer(family, "someone@school.example");
        CasePages.consent(id);
        return id;
    }

    private static Map<String, Object> assessment(JsonPath c, int score, boolean complete) {
        String need = c.getString("needs[0].id");
        Map<String, Object> body = new HashMap<>();
        body.put("strengths", Map.of("HEALTH", "Healthy and active"));
        body.put("needs", Map.of("LEARNING", "Misses school on Mondays"));
        body.put("scores", Map.of(need, score));
        body.put("goals", Map.of(need, Map.of("whatWillBeDifferent", "Goes to school every day",
                "measure", "Attendance in the school register, checked each half term")));
        body.put("childsVoice", "I like art");
        body.put("complete", complete);
        body.put("version", c.getLong("version"));
        return body;
    }

    private static io.restassured.response.ValidatableResponse send(String method, String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).request(method, path).then();
    }

    @Test
    void theAssessmentIsCompletedWithAGoalAndAStaleOrBadOneIsRefused() {
        UUID id = consented(CasePages.NORTHGATE);
        JsonPath c = kase(id);
        String need = c.getString("needs[0].id");

        send("PUT", "/api/v1/cases/" + id + "/assessment", assessment(c, 11, true)).statusCode(422)
                .body("errors", hasKey("needs[" + need + "].score"));
        Map<String, Object> noMeasure = assessment(c, 4, true);
        noMeasure.put("goals", Map.of(need, Map.of("whatWillBeDifferent", "Goes to school every day")));
        send("PUT", "/api/v1/cases/" + id + "/assessment", noMeasure).statusCode(422)
                .body("errors", hasKey("needs[" + need + "].measure"));
        kase(id).getString("status").equals("ASSESSMENT");

        send("PUT", "/api/v1/cases/" + id + "/assessment", assessment(c, 4, true)).statusCode(200)
                .body("status", equalTo("ACTIVE_PLAN"), "needs[0].baselineScore", equalTo(4),
                        "needs[0].goal.whatWillBeDifferent", equalTo("Goes to school every day"),
                        "reassessmentDueOn", equalTo(CasePages.today().plusMonths(12).toString()));
        // The same version again: someone (here, the first call) changed the case since.
        send("PUT", "/api/v1/cases/" + id + "/assessment", assessment(c, 5, false)).statusCode(409);
        kase(id).getInt("needs[0].baselineScore");
        given().get("/api/v1/cases/" + id).then().body("needs[0].baselineScore", equalTo(4));
    }

    @Test
    void theTeamThePlanAndAReviewAreRecordedThroughTheApi() {
        UUID id = consented(CasePages.SOUTHBANK);
        JsonPath c = kase(id);
        send("PUT", "/api/v1/cases/" + id + "/assessment", assessment(c, 4, true)).statusCode(200);
        UUID me = pages.staffId("frontline");
        UUID nurse = pages.staffId("frontline2");

        send("PUT", "/api/v1/cases/" + id + "/lead-professional", Map.of("version", kase(id).getLong("version"))).statusCode(422)
                .body("errors", hasKey("staffId"));
        send("PUT", "/api/v1/cases/" + id + "/lead-professional", Map.of("staffId", me, "version", kase(id).getLong("version")))
                .statusCode(200).body("leadProfessional.name", containsString(""));
        send("POST", "/api/v1/cases/" + id + "/team", Map.of("staffId", nurse, "version", kase(id).getLong("version")))
                .statusCode(200).body("team.member.id", hasItem(nurse.toString()));

        JsonPath now = kase(id);
        String need = now.getString("needs[0].id");
        Map<String, Object> action = new HashMap<>(Map.of("needId", need, "description", "Walking bus from Monday",
                "ownerStaffId", nurse, "version", now.getLong("version")));
        action.put("dueOn", CasePages.today().minusYears(30).toString());
        send("POST", "/api/v1/cases/" + id + "/plan/actions", action).statusCode(422).body("errors", hasKey("dueOn"));
        action.put("dueOn", CasePages.today().plusWeeks(2).toString());
        send("POST", "/api/v1/cases/" + id + "/plan/actions", action).statusCode(201)
                .body("actions.description", hasItem("Walking bus from Monday"));

        // The nurse owns the action: she updates it; she may not change the rest of the case.
        JsonPath withAction = kase(id);
        String actionId = withAction.getString("actions[0].id");
        pages.as("frontline2", () -> {
            send("PUT", "/api/v1/cases/" + id + "/plan/actions/" + actionId,
                    Map.of("status", "IN_PROGRESS", "version", withAction.getLong("actions[0].version"))).statusCode(200)
                    .body("actions[0].status", equalTo("IN_PROGRESS"));
            send("POST", "/api/v1/cases/" + id + "/team", Map.of("staffId", nurse, "version", withAction.getLong("version")))
                    .statusCode(403);
        });

        Map<String, Object> review = new HashMap<>(Map.of("heldOn", CasePages.today().toString(), "summary", "Going well",
                "needs", Map.of(need, Map.of("progress", "IMPROVED")), "version", kase(id).getLong("version")));
        send("POST", "/api/v1/cases/" + id + "/reviews", review).statusCode(422).body("errors", hasKey("needs[" + need + "].score"));
        review.put("needs", Map.of(need, Map.of("progress", "IMPROVED", "score", 6)));
        send("POST", "/api/v1/cases/" + id + "/reviews", review).statusCode(201)
                .body("reviews[0].progress[0].score", equalTo(6), "reviews[0].progress[0].goal.measure", containsString("register"));
        send("POST", "/api/v1/cases/" + id + "/reviews", review).statusCode(409);

        given().delete("/api/v1/cases/" + id + "/team/" + nurse + "?version=" + (kase(id).getLong("version") - 1)).then().statusCode(409);
        given().delete("/api/v1/cases/" + id + "/team/" + nurse + "?version=" + kase(id).getLong("version")).then().statusCode(200)
                .body("team.findAll { it.leftOn == null }.member.id", not(hasItem(nurse.toString())));
    }

    @Test
    void aTafMeetingAddsItsActionsToThePlanAndAFutureMeetingIsRefused() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        UUID id = CasePages.refer(family, "someone@school.example");
        CasePages.consent(id);
        send("PUT", "/api/v1/cases/" + id + "/assessment", assessment(kase(id), 3, true)).statusCode(200);
        JsonPath c = kase(id);
        UUID me = pages.staffId("frontline");
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("heldOn", CasePages.today().plusDays(1).toString());
        meeting.put("staff", List.of(me));
        meeting.put("familyMembers", List.of(family.childId()));
        meeting.put("agreed", "School will phone home by 10am on any absence");
        meeting.put("actions", List.of(Map.of("needId", c.getString("needs[0].id"), "description", "Phone home on absence",
                "ownerStaffId", me, "dueOn", CasePages.today().plusWeeks(1).toString())));
        meeting.put("version", c.getLong("version"));
        send("POST", "/api/v1/cases/" + id + "/taf-meetings", meeting).statusCode(422).body("errors", hasKey("heldOn"));
        meeting.put("heldOn", CasePages.today().toString());
        meeting.put("familyMembers", List.of(UUID.randomUUID()));
        send("POST", "/api/v1/cases/" + id + "/taf-meetings", meeting).statusCode(422).body("errors", hasKey("familyMembers"));
        given().get("/api/v1/cases/" + id).then().body("actions", hasSize(0));

        meeting.put("familyMembers", List.of(family.childId()));
        send("POST", "/api/v1/cases/" + id + "/taf-meetings", meeting).statusCode(201)
                .body("agreed", containsString("10am"), "familyMembers[0].personId", equalTo(family.childId().toString()),
                        "actions[0].description", equalTo("Phone home on absence"));
        send("POST", "/api/v1/cases/" + id + "/taf-meetings", meeting).statusCode(409);
        given().get("/api/v1/cases/" + id + "/taf-meetings").then().statusCode(200).body("$", hasSize(1));
        given().get("/api/v1/cases/" + id).then().body("actions.description", hasItem("Phone home on absence"));

        // The nurse, who may only know the case exists, neither reads nor records its meetings.
        pages.as("frontline2", () -> {
            given().get("/api/v1/cases/" + id + "/taf-meetings").then().statusCode(403);
            send("POST", "/api/v1/cases/" + id + "/taf-meetings", meeting).statusCode(403);
        });
    }

    @Test
    void aReassessmentKeepsTheEarlierAssessment() {
        UUID id = consented(CasePages.NORTHGATE);
        send("PUT", "/api/v1/cases/" + id + "/assessment", assessment(kase(id), 3, true)).statusCode(200);
        JsonPath c = kase(id);
        String need = c.getString("needs[0].id");
        Map<String, Object> again = new HashMap<>();
        again.put("strengths", Map.of("HEALTH", "Sleeping well now"));
        again.put("scores", Map.of());
        again.put("version", c.getLong("version"));
        send("POST", "/api/v1/cases/" + id + "/reassessments", again).statusCode(422).body("errors", hasKey("needs[" + need + "].score"));
        again.put("scores", Map.of(need, 7));
        send("POST", "/api/v1/cases/" + id + "/reassessments", again).statusCode(201)
                .body("needs[0].currentScore", equalTo(7), "needs[0].baselineScore", equalTo(3),
                        "findings.element", equalTo(List.of("HEALTH")));
        send("POST", "/api/v1/cases/" + id + "/reassessments", again).statusCode(409);
        given().get("/api/v1/cases/" + id + "/earlier-assessments").then().statusCode(200)
                .body("$", hasSize(1), "[0].scores[0].score", equalTo(3), "[0].findings.element", hasItem("LEARNING"));
        // Outside her boundary, the nurse is not told the case exists.
        pages.as("frontline2", () -> given().get("/api/v1/cases/" + id + "/earlier-assessments").then().statusCode(404));
    }

    @Test
    void aRequestForSupportNamesTheChildANeedIsAbout() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        Map<String, Object> referral = new HashMap<>();
        referral.put("childAtRiskOfSignificantHarm", false);
        referral.put("familyId", family.id());
        referral.put("childIds", List.of(family.childId()));
        referral.put("referrerName", "Pat Teacher");
        referral.put("reason", "Attendance has fallen");
        referral.put("referrerEmail", "pat.teacher@school.example");
        referral.put("needs", List.of(Map.of("description", "School attendance", "headline", "EDUCATION",
                "childId", UUID.randomUUID())));
        send("POST", "/api/v1/referrals", referral).statusCode(422).body("errors", hasKey("needs[0].childId"));
        referral.put("needs", List.of(Map.of("description", "School attendance", "headline", "EDUCATION",
                "childId", family.childId())));
        send("POST", "/api/v1/referrals", referral).statusCode(201)
                .body("needs[0].childId", equalTo(family.childId().toString()), "needs[0].child", containsString("Ruby"));
    }
}
