package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.placeworks.caf.web.CasePages.date;
import static org.placeworks.caf.web.CasePages.fields;
import static org.placeworks.caf.web.CasePages.post;
import static org.placeworks.caf.web.CasePages.today;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Forms;

/** The forms that move a case on: bad input, stale versions, illegal steps, roles and boundaries. */
@QuarkusTest
class CaseWorkPageTest {

    private static final List<String> FORMS = List.of("/consent", "/consent/withdraw", "/assessment", "/lead-professional",
            "/team", "/actions/new", "/reviews/new", "/step-up", "/close");

    @Inject
    CasePages pages;

    private static String actionId(UUID caseId) {
        return given().get("/cases/" + caseId).then().extract().asString()
                .replaceAll("(?s).*href=\"/cases/" + caseId + "/actions/([0-9a-f-]{36})\".*", "$1");
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerIsRefusedEveryCasePage() {
        UUID caseId = pages.as("frontline", () -> {
            UUID id = pages.activePlan(pages.family(CasePages.SOUTHBANK));
            CasePages.addAction(id, pages.staffId("frontline"), "Call school");
            return id;
        });
        String action = pages.as("frontline", () -> actionId(caseId));
        for (String form : FORMS) {
            given().get("/cases/" + caseId + form).then().statusCode(403);
        }
        given().get("/cases/" + caseId + "/actions/" + action).then().statusCode(403);
        given().get("/cases/step-down?familyId=" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aCaseOutsideTheBoundaryIsNotFoundOnEveryForm() {
        UUID caseId = pages.as("frontline", () -> pages.activePlan(pages.family(CasePages.NORTHGATE)));
        for (String form : FORMS) {
            given().get("/cases/" + caseId + form).then().statusCode(404);
        }
        // Posting is refused the same way, with a valid CSRF token from a page the worker may open.
        String ownPage = "/cases/new?familyId=" + pages.family(CasePages.SOUTHBANK).id();
        CasePages.forged(ownPage, "/cases/" + caseId + "/close", date(fields("reason", "NEEDS_MET", "version", "0"), "closedOn", today()))
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aStaleVersionIsRefusedOnEveryForm() {
        UUID caseId = pages.activePlan(pages.family(CasePages.NORTHGATE));
        UUID me = pages.staffId("frontline");
        CasePages.addAction(caseId, me, "Call school");
        Map<String, Map<String, Object>> posts = Map.of(
                "/consent", date(fields("givenBy", "Sam", "purposes", "x"), "givenOn", today()),
                "/consent/withdraw", date(fields(), "withdrawnOn", today()),
                "/assessment", fields("complete", "false"),
                "/lead-professional", fields("leadProfessionalId", me.toString()),
                "/team", fields("staffId", pages.staffId("chair").toString()),
                "/actions/new", date(fields("description", "x", "ownerStaffId", me.toString()), "dueOn", today()),
                "/reviews/new", date(fields(), "heldOn", today()),
                "/step-up", date(fields("reason", "x"), "steppedUpOn", today()),
                "/close", date(fields("reason", "NEEDS_MET"), "closedOn", today()));
        posts.forEach((form, fields) -> {
            fields.put("version", "999");
            post("/cases/" + caseId + form, fields).then().statusCode(409)
                    .body(containsString("This case was changed by someone else"));
        });
        Forms.forged("/cases/" + caseId + "/team").formParam("member", me.toString()).formParam("version", "999")
                .post("/cases/" + caseId + "/team/remove").then().statusCode(409);
        String action = "/cases/" + caseId + "/actions/" + actionId(caseId);
        post(action, fields("status", "DONE", "version", "999")).then().statusCode(409)
                .body(containsString("This action was changed by someone else"));
        given().get("/cases/" + caseId).then().body(containsString("id=\"case-status\">Active plan"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void stepsTheCaseIsNotReadyForAreRefused() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        post("/cases/" + caseId + "/assessment", fields("strengths-HEALTH", "Well", "complete", "false")).then().statusCode(409)
                .body(containsString("cannot start until the family has given consent"));
        post("/cases/" + caseId + "/reviews/new", date(fields(), "heldOn", today())).then().statusCode(409);
        CasePages.consent(caseId);
        post("/cases/" + caseId + "/consent", date(fields("givenBy", "Sam", "purposes", "x"), "givenOn", today()))
                .then().statusCode(409).body(containsString("while it is assessment"));
        post("/cases/" + caseId + "/step-up", date(fields("reason", "Disclosure of harm at school", "mashReference", "MASH-1"),
                "steppedUpOn", today())).then().statusCode(303);
        given().get("/cases/" + caseId).then().body(containsString("Awaiting sign-off"));
        post("/cases/" + caseId + "/step-up", date(fields("reason", "Again", "mashReference", "MASH-2"), "steppedUpOn", today()))
                .then().statusCode(409).body(containsString("already awaiting a manager"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void consentNeedsARealDateAndSavesNothingOtherwise() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        post("/cases/" + caseId + "/consent", fields("givenBy", "", "purposes", "", "givenOn-day", "31",
                "givenOn-month", "2", "givenOn-year", "2026")).then().statusCode(422)
                .body(containsString("href=\"#givenOn\""))
                .body(containsString("must be a real date"));
        post("/cases/" + caseId + "/consent", fields("givenBy", "", "purposes", "", "givenOn-day", "", "givenOn-month", "",
                "givenOn-year", "")).then().statusCode(422)
                .body(containsString("href=\"#givenOn\""))
                .body(containsString("href=\"#givenBy\""))
                .body(containsString("href=\"#purposes\""));
        post("/cases/" + caseId + "/consent", fields("givenOn-day", "3", "givenOn-month", "", "givenOn-year", "2026")).then().statusCode(422)
                .body(containsString("must include a month"));
        given().get("/cases/" + caseId).then().body(containsString("id=\"case-status\">Awaiting consent"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aYoungPersonOf16ConsentsForThemselves() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID young = pages.youngPerson(family);
        Map<String, Object> referral = CasePages.referral(family, "x@school.example");
        referral.put("childIds", List.of(family.childId().toString(), young.toString()));
        String location = post("/cases/new/referral?familyId=" + family.id() + "&screen=no",
                "/cases/new/referral?familyId=" + family.id(), referral).then().statusCode(303).extract().header("Location");
        given().get(location + "/consent").then().statusCode(200).body(containsString("Jordan " + family.name()));
        post(location + "/consent", date(fields("youngPersonId", young.toString(), "purposes", "Assessment", "panelDiscussion", "no"), "givenOn", today()))
                .then().statusCode(303);
        given().get(location).then().body(containsString("the young person, for themselves"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void completingTheAssessmentNeedsEveryScoreAndFindings() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        CasePages.consent(caseId);
        String need = CasePages.needIds(caseId).get(0);
        post("/cases/" + caseId + "/assessment", fields("complete", "true", "score-" + need, "11")).then().statusCode(422)
                .body(containsString("href=\"#score-" + need + "\""));
        post("/cases/" + caseId + "/assessment", fields("complete", "true")).then().statusCode(422)
                .body(containsString("href=\"#score-" + need + "\""))
                .body(containsString("href=\"#findings\""));
        post("/cases/" + caseId + "/assessment", fields("complete", "false", "newNeedHeadline", List.of("", "HOUSING"),
                "newNeedDescription", List.of("", "Damp flat"), "score-" + need, "5")).then().statusCode(303);
        given().get("/cases/" + caseId).then().body(containsString("Damp flat"))
                .body(containsString("id=\"case-status\">Assessment"));
        post("/cases/" + caseId + "/assessment", fields("complete", "false", "newNeedHeadline", List.of("", "NOT_A_HEADLINE"),
                "newNeedDescription", List.of("", "Debts"))).then().statusCode(422)
                .body(containsString("href=\"#newNeeds[1].headline\""));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void planFormsNameTheirMissingFields() {
        UUID caseId = pages.activePlan(pages.family(CasePages.NORTHGATE));
        post("/cases/" + caseId + "/lead-professional", fields("leadProfessionalId", "")).then().statusCode(422)
                .body(containsString("href=\"#leadProfessionalId\""));
        post("/cases/" + caseId + "/team", fields("staffId", "")).then().statusCode(422)
                .body(containsString("href=\"#staffId\""));
        post("/cases/" + caseId + "/actions/new", fields("dueOn-day", "40", "dueOn-month", "1", "dueOn-year", "2027"))
                .then().statusCode(422).body(containsString("href=\"#dueOn\""));
        post("/cases/" + caseId + "/actions/new", fields()).then().statusCode(422)
                .body(containsString("href=\"#needId\""))
                .body(containsString("href=\"#description\""))
                .body(containsString("href=\"#ownerStaffId\""))
                .body(containsString("href=\"#dueOn\""));
        post("/cases/" + caseId + "/step-up", date(fields("reason", ""), "steppedUpOn", today())).then().statusCode(422)
                .body(containsString("href=\"#reason\""));
        given().get("/cases/" + caseId).then().body(containsString("No actions yet"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void reviewsAndClosureNameEachNeedsMissingAnswers() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        CasePages.consent(caseId);
        String need = CasePages.needIds(caseId).get(0);
        CasePages.assess(caseId);
        post("/cases/" + caseId + "/reviews/new", date(fields(), "heldOn", today())).then().statusCode(422)
                .body(containsString("href=\"#progress-" + need + "\""))
                .body(containsString("href=\"#score-" + need + "\""));
        post("/cases/" + caseId + "/close", date(fields(), "closedOn", today())).then().statusCode(422)
                .body(containsString("href=\"#reason\""));
        post("/cases/" + caseId + "/close", date(fields("reason", "NEEDS_MET"), "closedOn", today())).then().statusCode(422)
                .body(containsString("href=\"#outcome-" + need + "\""));
        post("/cases/" + caseId + "/close", date(fields("reason", "STEPPED_UP", "outcome-" + need, "MET"), "closedOn", today()))
                .then().statusCode(422).body(containsString("href=\"#reason\""));
        given().get("/cases/" + caseId).then().body(containsString("id=\"case-status\">Active plan"));
        given().get("/cases/" + caseId + "/close").then().statusCode(200).body(not(containsString("value=\"STEPPED_UP\"")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void withdrawingConsentClosesTheCaseAndTellsTheReferrer() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        CasePages.consent(caseId);
        post("/cases/" + caseId + "/consent/withdraw", fields("withdrawnOn-day", "x", "withdrawnOn-month", "1",
                "withdrawnOn-year", "2026")).then().statusCode(422).body(containsString("href=\"#withdrawnOn\""));
        post("/cases/" + caseId + "/consent/withdraw", date(fields("note", "Family moving on"), "withdrawnOn", today()))
                .then().statusCode(303);
        given().get("/cases/" + caseId).then().body(containsString("Family no longer wishes to continue"))
                .body(containsString("Withdrawn"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aMemberFromAnAgencyTheFamilyRefusedCannotJoinAndMembersCanBeRemoved() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        String nhs = given().get("/cases/" + caseId + "/consent").then().extract().asString()
                .replaceAll("(?s).*id=\"refusedAgencies-?\\d*\" name=\"refusedAgencies\" type=\"checkbox\" value=\"([0-9a-f-]{36})\">\\s*"
                        + "<label[^>]*>Eastmoor Community Health NHS Trust</label>.*", "$1");
        post("/cases/" + caseId + "/consent", date(fields("givenBy", "Sam", "purposes", "Assessment", "panelDiscussion", "no", "refusedAgencies", nhs),
                "givenOn", today())).then().statusCode(303);
        post("/cases/" + caseId + "/team", fields("staffId", pages.staffId("frontline2").toString())).then().statusCode(422)
                .body(containsString("did not agree to share"));
        UUID chair = pages.staffId("chair");
        CasePages.addToTeam(caseId, chair);
        given().get("/cases/" + caseId + "/team").then().body(containsString("Chris Hale"));
        post("/cases/" + caseId + "/team", "/cases/" + caseId + "/team/remove", fields("member", chair.toString()))
                .then().statusCode(303);
        given().get("/cases/" + caseId).then().body(containsString("Chris Hale left the Team Around the Family"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aTeamMemberUpdatesOnlyTheActionsTheyOwn() {
        String[] ids = pages.as("frontline", () -> {
            UUID id = pages.activePlan(pages.family(CasePages.NORTHGATE));
            CasePages.addAction(id, pages.staffId("frontline"), "Home visit");
            String theirs = actionId(id);
            CasePages.addAction(id, pages.staffId("frontline2"), "School nurse drop-in");
            return new String[] {id.toString(), theirs};
        });
        String caseId = ids[0];
        String page = given().get("/cases/" + caseId).then().statusCode(200).extract().asString();
        String mine = page.replaceAll("(?s).*School nurse drop-in.*?href=\"/cases/" + caseId + "/actions/([0-9a-f-]{36})\".*", "$1");
        org.assertj.core.api.Assertions.assertThat(page).doesNotContain("/actions/" + ids[1]);
        given().get("/cases/" + caseId + "/actions/" + ids[1]).then().statusCode(403);
        given().get("/cases/" + caseId + "/consent").then().statusCode(403);
        String ownPage = "/cases/" + caseId + "/actions/" + mine;
        CasePages.forged(ownPage, "/cases/" + caseId + "/actions/" + ids[1], fields("status", "DONE", "version", "0")).then().statusCode(403);
        post(ownPage, fields("status", "")).then().statusCode(422).body(containsString("href=\"#status\""));
        post(ownPage, fields("status", "IN_PROGRESS")).then().statusCode(303);
        CasePages.forged(ownPage, "/cases/" + caseId + "/close", date(fields("reason", "NEEDS_MET"), "closedOn", today())).then().statusCode(403);
        given().get("/cases/" + caseId).then().body(containsString("In progress"));
    }
}
