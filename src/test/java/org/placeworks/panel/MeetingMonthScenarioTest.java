package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.xml.XmlPath;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseStatus;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.Forms;

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

    private static String version(String page, String formActionEnd) {
        XmlPath html = given().get(page).then().statusCode(200).extract().htmlPath();
        return html.getString("**.find { it.name() == 'form' && it.@action.text().endsWith('" + formActionEnd
                + "') }.input.find { it.@name == 'version' }.@value");
    }

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
        Forms.from("/panel/bring?caseId=" + caseId).formParam("kind", "ESCALATION").formParam("note", "Housing crisis")
                .formParam("urgent", "yes").formParam("urgentReason", "Eviction next week")
                .post("/panel/bring?caseId=" + caseId).then().statusCode(200).body(containsString("is on the agenda"));
        String agenda = "/panel/meetings/" + today;
        String page = given().get(agenda).then().statusCode(200).body(containsString("Urgent requests after the cut-off"))
                .body(containsString("Eviction next week")).extract().asString();
        String itemId = page.replaceAll("(?s).*id=\"urgent-([0-9a-f-]{36})\".*", "$1");
        Forms.from(agenda).formParam("reason", "Risk of homelessness before the next meeting")
                .post(agenda + "/items/" + itemId + "/urgent").then().statusCode(303);
        given().get(agenda).then().body(containsString("id=\"item-" + itemId + "\""));

        // Order and publish.
        Forms.from(agenda).formParam("position", "1").post(agenda + "/items/" + itemId + "/move").then().statusCode(303);
        Forms.from(agenda).formParam("version", version(agenda, "/publish")).post(agenda + "/publish").then().statusCode(303);

        // Run it.
        String run = agenda + "/run";
        XmlPath runPage = given().get(run).then().statusCode(200).extract().htmlPath();
        var attendance = Forms.from(run).formParam("chairPresent", "yes").formParam("version", version(run, "/attendance"));
        for (String agencyId : runPage.getList("**.findAll { it.@name == 'agencyId' }.@value", String.class)) {
            attendance.formParam("agencyId", agencyId).formParam("status", "PRESENT").formParam("attendeeName", "");
        }
        attendance.post(agenda + "/attendance").then().statusCode(303);
        Forms.from(run).formParam("version", version(run, "/start")).post(agenda + "/start").then().statusCode(422)
                .body(containsString("confidentiality statement"));
        Forms.from(run).formParam("confidentiality", "yes").formParam("version", version(run, "/start"))
                .post(agenda + "/start").then().statusCode(303);
        given().get(run).then().body(containsString("Quorate"));
        String item = agenda + "/items/" + itemId;
        Forms.from(run).formParam("declarations", "Erin Shaw manages the family's tenancy")
                .formParam("version", version(run, itemId + "/declarations")).post(item + "/declarations").then().statusCode(303);
        Forms.from(run).formParam("decision", "AGREE_SUPPORT_PACKAGE").formParam("rationale", "Housing and early help together")
                .formParam("version", version(run, itemId + "/decision")).post(item + "/decision").then().statusCode(303);
        Forms.from(run).formParam("description", "Homelessness prevention referral")
                .formParam("ownerId", thornbury.member("estate").id().toString())
                .formParam("dueOn-day", "31").formParam("dueOn-month", "2").formParam("dueOn-year", "2026")
                .post(item + "/actions").then().statusCode(422)
                .body(containsString("family: The due date must be a real date"))
                .body(containsString("href=\"#due-" + itemId + "\""))
                .body(containsString("value=\"Homelessness prevention referral\""));
        Forms.from(run).formParam("description", "Homelessness prevention referral")
                .formParam("ownerId", thornbury.member("estate").id().toString())
                .formParam("dueOn-day", String.valueOf(fixtures.today().plusDays(2).getDayOfMonth()))
                .formParam("dueOn-month", String.valueOf(fixtures.today().plusDays(2).getMonthValue()))
                .formParam("dueOn-year", String.valueOf(fixtures.today().plusDays(2).getYear()))
                .post(item + "/actions").then().statusCode(303);
        Forms.from(run).formParam("version", version(run, "/close")).post(agenda + "/close").then().statusCode(303)
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
