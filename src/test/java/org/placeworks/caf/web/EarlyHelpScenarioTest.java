package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.placeworks.caf.web.CasePages.date;
import static org.placeworks.caf.web.CasePages.fields;
import static org.placeworks.caf.web.CasePages.post;
import static org.placeworks.caf.web.CasePages.today;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A family from the request for support to closure with outcomes, entirely through the pages. */
@QuarkusTest
class EarlyHelpScenarioTest {

    @Inject
    CasePages pages;

    @Inject
    MockMailbox mailbox;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aFamilyIsReferredAssessedSupportedReviewedAndClosedWithOutcomes() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        String referrer = "pat.teacher." + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
        UUID nurse = pages.staffId("frontline2");

        // The safeguarding screen, answered no, leads to the referral form.
        String screenPage = "/cases/new?familyId=" + family.id();
        given().get(screenPage).then().statusCode(200).body(containsString("Is any child at risk of significant harm?"));
        String next = post(screenPage, fields("atRisk", "no")).then().statusCode(303).extract().header("Location");
        assertThat(next).contains("/cases/new/referral?familyId=" + family.id()).contains("screen=no");

        // The referral, with two needs on the first and third rows.
        Map<String, Object> referral = CasePages.referral(family, referrer);
        referral.put("needDescription", List.of("School attendance", "", "Rent arrears"));
        referral.put("needHeadline", List.of("EDUCATION", "", "FINANCIAL_STABILITY"));
        String location = post(next, "/cases/new/referral?familyId=" + family.id(), referral)
                .then().statusCode(303).extract().header("Location");
        UUID caseId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Awaiting consent"))
                .body(containsString("Get the family&#39;s consent"));

        CasePages.consent(caseId);
        given().get("/cases/" + caseId).then().body(containsString("Sam Parent"));

        List<String> needs = CasePages.needIds(caseId);
        assertThat(needs).hasSize(2);
        CasePages.assess(caseId);
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Active plan"))
                .body(containsString("I like art but not maths"))
                .body(containsString("Misses school on Mondays"));

        CasePages.appointLead(caseId, pages.staffId("frontline"));
        CasePages.addToTeam(caseId, nurse);
        CasePages.addAction(caseId, nurse, "Weekly check-in with Ruby at school");
        given().get("/cases/" + caseId).then()
                .body(containsString("Fran Walker"))
                .body(containsString("Sam Okafor"))
                .body(containsString("Weekly check-in with Ruby at school"));

        // The school nurse, on the team, marks her own action done.
        String actionId = given().get("/cases/" + caseId).then().extract().asString()
                .replaceAll("(?s).*href=\"/cases/" + caseId + "/actions/([0-9a-f-]{36})\".*", "$1");
        pages.as("frontline2", () -> post("/cases/" + caseId + "/actions/" + actionId, fields("status", "DONE"))
                .then().statusCode(303));

        Map<String, Object> review = date(fields("summary", "Attendance up to 90%"), "heldOn", today());
        needs.forEach(id -> {
            review.put("progress-" + id, "IMPROVED");
            review.put("score-" + id, "8");
        });
        post("/cases/" + caseId + "/reviews/new", review).then().statusCode(303);

        Map<String, Object> closure = date(fields("reason", "NEEDS_MET", "note", "Family happy to end support"), "closedOn", today());
        closure.put("outcome-" + needs.get(0), "MET");
        closure.put("outcome-" + needs.get(1), "PARTLY_MET");
        post("/cases/" + caseId + "/close", closure).then().statusCode(303);
        pages.as("manager", () -> org.placeworks.testsupport.RenderedForm.open("/cases/" + caseId + "/sign-off")
                .set("decision", "SIGNED_OFF").set("note", "Outcomes evidenced at review").submit().then().statusCode(303));

        String page = given().get("/cases/" + caseId).then().statusCode(200).extract().asString();
        assertThat(page).contains("<strong class=\"govuk-tag govuk-tag--grey\" id=\"case-status\">Closed</strong>")
                .contains("Needs met")
                .contains("Partly met")
                .contains("Attendance up to 90%")
                .contains("Request for support received from Pat Teacher")
                .contains("Consent given by Sam Parent")
                .contains("Assessment completed")
                .contains("joined the Team Around the Family")
                .contains("is now done")
                .contains("Closed: Needs met");
        // Newest first: the closure comes before the request in the timeline.
        String timeline = page.substring(page.indexOf("id=\"timeline\""));
        assertThat(timeline.indexOf("Closed: Needs met")).isLessThan(timeline.indexOf("Request for support received"));

        List<Mail> mails = mailbox.getMailsSentTo(referrer);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getText()).contains("Needs met");
    }
}
