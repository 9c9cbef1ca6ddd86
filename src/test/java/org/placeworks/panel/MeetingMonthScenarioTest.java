package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseStatus;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.RenderedForm;

/**
 * A month of the Thornbury panel through its pages: a case brought after the cut-off and taken as
 * urgent, the agenda published, the meeting run (attendance, confidentiality, declarations,
 * decision, action) and closed, and the minutes produced.
 */
@QuarkusTest
class MeetingMonthScenarioTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Thornbury thornbury;

    @Inject
    Panels panels;

    @Inject
    org.placeworks.caf.CafCases cases;

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void aWholeMonth() {
        PanelView thornburyPanel = fixtures.chair(() -> panels.visible()).stream()
                .filter(p -> p.name().equals("Thornbury Early Help Panel")).findFirst().orElseThrow();
        UUID today = fixtures.chair(() -> panels.meetings(thornburyPanel.id(), fixtures.today())).stream()
                .filter(m -> m.date().equals(fixtures.today())).map(MeetingSummary::id).findFirst()
                .orElseGet(() -> fixtures.meeting(thornburyPanel, fixtures.today()));
        UUID caseId = fixtures.chair(() -> cases.list(new org.placeworks.caf.CaseFilter(false, CaseStatus.ACTIVE_PLAN)))
                .get(0).id();

        // After today's cut-off: listed for the following meeting, with an urgent request for today's.
        RenderedForm.open("/panel/bring?caseId=" + caseId).set("kind", "ESCALATION").set("note", "Housing crisis")
                .set("urgent", "yes").set("urgentReason", "Eviction next week")
                .submit().then().statusCode(200).body(containsString("is on the agenda"));
        String agenda = "/panel/meetings/" + today;
        String page = given().get(agenda).then().statusCode(200).body(containsString("Urgent requests after the cut-off"))
                .body(containsString("Eviction next week")).extract().asString();
        String itemId = page.replaceAll("(?s).*id=\"urgent-([0-9a-f-]{36})\".*", "$1");
        RenderedForm.open(agenda, agenda + "/items/" + itemId + "/urgent").set("reason", "Risk of homelessness before the next meeting")
                .submit().then().statusCode(303);
        given().get(agenda).then().body(containsString("id=\"item-" + itemId + "\""));

        // Order and publish.
        RenderedForm.open(agenda, agenda + "/items/" + itemId + "/move").set("position", "1").submit().then().statusCode(303);
        RenderedForm.open(agenda, agenda + "/publish").submit().then().statusCode(303);

        // Run it.
        String run = agenda + "/run";
        RenderedForm attendance = RenderedForm.open(run, agenda + "/attendance").set("chairPresent", "yes");
        attendance.setAll("status", java.util.Collections.nCopies(attendance.values("status").size(), "PRESENT").toArray(String[]::new))
                .submit().then().statusCode(303);
        RenderedForm.open(run, agenda + "/start").submit().then().statusCode(422)
                .body(containsString("confidentiality statement"));
        RenderedForm.open(run, agenda + "/start").set("confidentiality", "yes").submit().then().statusCode(303);
        given().get(run).then().body(containsString("Quorate"));
        String item = agenda + "/items/" + itemId;
        RenderedForm.open(run, item + "/declarations").set("declarations", "Erin Shaw manages the family's tenancy")
                .submit().then().statusCode(303);
        RenderedForm.open(run, item + "/decision").set("decision", "AGREE_SUPPORT_PACKAGE")
                .set("rationale", "Housing and early help together").submit().then().statusCode(303);
        RenderedForm.open(run, item + "/actions").set("description", "Homelessness prevention referral")
                .set("ownerId", thornbury.member("estate").id().toString()).date("due-" + itemId, 31, 2, 2026)
                .submit().then().statusCode(422)
                .body(containsString("family: The due date must be a real date"))
                .body(containsString("href=\"#due-" + itemId + "\""))
                .body(containsString("value=\"Homelessness prevention referral\""));
        java.time.LocalDate due = fixtures.today().plusDays(2);
        RenderedForm.open(run, item + "/actions").set("description", "Homelessness prevention referral")
                .set("ownerId", thornbury.member("estate").id().toString())
                .date("due-" + itemId, due.getDayOfMonth(), due.getMonthValue(), due.getYear())
                .submit().then().statusCode(303);
        RenderedForm.open(run, agenda + "/close").submit().then().statusCode(303)
                .header("Location", containsString("/minutes"));

        // The minutes.
        String minutes = given().get(agenda + "/minutes").then().statusCode(200)
                .body(containsString("Housing and early help together"))
                .body(containsString("Homelessness prevention referral"))
                .body(containsString("Erin Shaw manages the family")).extract().asString();
        assertThat(minutes).contains("Agree a support package");
        given().get(agenda + "/minutes?agencyId=" + thornbury.agency("Eastmoor Homes")).then().statusCode(200)
                .body(containsString("Copy for Eastmoor Homes"));
    }
}
