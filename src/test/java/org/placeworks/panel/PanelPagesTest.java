package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseStatus;
import org.placeworks.identity.ActingAs;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The panel's pages, and who may not use them. */
@QuarkusTest
class PanelPagesTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Thornbury thornbury;

    @Inject
    ActingAs actingAs;

    @Inject
    CafCases cases;

    private UUID caseIn(CaseStatus status) {
        return actingAs.call("frontline", PanelFixtures.WORKER, () -> cases.list(new CaseFilter(false, status)).get(0).id());
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theChairSeesTheirPanelAndItsMeetings() {
        given().get("/panel").then().statusCode(200).body(containsString("Thornbury Early Help Panel"))
                .body(containsString("href=\"/panel\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorSetsUpAPanelAndAddsAMemberAgency() {
        String name = Thornbury.unique("Northgate Panel");
        String location = RenderedForm.open("/panel/new")
                .set("name", name).set("localityId", thornbury.area("Thornbury").id().toString())
                .set("chairStaffId", thornbury.member("chair").id().toString())
                .set("cadenceWeek", "-1").set("cadenceDay", "THURSDAY").set("startTime", "14:00")
                .set("cutOffDays", "7").set("minutesPerItem", "10").set("quorumAgencies", "3")
                .submit().then().statusCode(303).extract().header("Location");
        String page = location.substring(location.indexOf("/panel/"));
        given().get(page).then().statusCode(200).body(containsString(name))
                .body(containsString("last Thursday of every month"));
        RenderedForm.open(page, page + "/members").set("agencyId", thornbury.agency("Eastmoor Homes").toString())
                .set("memberId", thornbury.member("estate").id().toString()).submit().then().statusCode(303);
        given().get(page).then().body(containsString("Erin Shaw"));
        java.time.LocalDate extra = fixtures.today().plusDays(40);
        RenderedForm.open(page, page + "/meetings").date("date", extra.getDayOfMonth(), extra.getMonthValue(), extra.getYear())
                .submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString(org.placeworks.shared.web.Dates.weekday(extra)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aPanelWithoutANameOrLocalityIsRefusedWithFormErrors() {
        Forms.from("/panel/new").formParam("name", "").formParam("cadenceWeek", "2").formParam("cadenceDay", "TUESDAY")
                .post("/panel/new").then().statusCode(422)
                .body(containsString("Enter the panel&#39;s name")).body(containsString("Select the locality"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "panel-member")
    void aMemberCannotSetUpPanels() {
        given().get("/panel/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void aCaseAwaitingConsentCannotBeBroughtToPanel() {
        UUID caseId = caseIn(CaseStatus.AWAITING_CONSENT);
        Forms.from("/panel/bring?caseId=" + caseId).formParam("kind", "NEW_REQUEST").formParam("note", "Please help")
                .post("/panel/bring?caseId=" + caseId).then().statusCode(422)
                .body(containsString("has not given consent"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void aClosedCaseCannotBeBroughtToPanel() {
        UUID caseId = caseIn(CaseStatus.CLOSED);
        Forms.from("/panel/bring?caseId=" + caseId).formParam("kind", "ESCALATION").formParam("note", "Please help")
                .post("/panel/bring?caseId=" + caseId).then().statusCode(422).body(containsString("is closed"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void aCaseWorkerBringsAConsentedCaseToTheNextMeeting() {
        UUID caseId = caseIn(CaseStatus.ASSESSMENT);
        given().get("/panel/bring?caseId=" + caseId).then().statusCode(200).body(containsString("Bring this case to panel"));
        RenderedForm.open("/panel/bring?caseId=" + caseId).set("kind", "STEP_DOWN").set("note", "Agree the step-down plan")
                .submit().then().statusCode(200)
                .body(containsString("is on the agenda")).body(containsString("Thornbury Early Help Panel"));
        Forms.from("/panel/bring?caseId=" + caseId).formParam("kind", "STEP_DOWN").formParam("note", "Again")
                .post("/panel/bring?caseId=" + caseId).then().statusCode(422).body(containsString("already on the agenda"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = {"frontline", "lead-professional"})
    void aWorkerOutsideTheCasesBoundaryDoesNotKnowItExists() {
        UUID northgate = actingAs.call("frontline", PanelFixtures.WORKER, () -> cases.list(new CaseFilter(false, CaseStatus.ASSESSMENT))
                .stream().filter(c -> !c.familyName().startsWith("Patel")).findFirst().orElseThrow().id());
        given().get("/panel/bring?caseId=" + northgate).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = {"frontline", "lead-professional"})
    void aTeamMemberFromAnotherServiceMayReadTheCaseButNotBringIt() {
        // A case of Family Support's (Fran Walker leads it) with the school nurse on its Team.
        UUID shared = actingAs.call("frontline2", PanelFixtures.WORKER, () -> cases.list(new CaseFilter(true, CaseStatus.ACTIVE_PLAN))
                .stream().filter(c -> "Fran Walker".equals(c.leadProfessional())).findFirst().orElseThrow().id());
        given().get("/cases/" + shared).then().statusCode(200);
        given().get("/panel/bring?caseId=" + shared).then().statusCode(403)
                .body(containsString("Only the case&#39;s own workers"));
        Forms.forged("/families/new").formParam("kind", "ESCALATION").formParam("note", "Please help")
                .post("/panel/bring?caseId=" + shared).then().statusCode(403)
                .body(containsString("Only the case&#39;s own workers"));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void aDecisionOnAMeetingNotInSessionIsRefusedOnTheRunPage() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Elm family");
        String run = "/panel/meetings/" + meeting + "/run";
        given().get(run).then().statusCode(200).body(containsString("Elm family"));
        Forms.from(run).formParam("decision", "CLOSE").formParam("rationale", "Needs met")
                .formParam("version", String.valueOf(fixtures.itemVersion(item)))
                .post("/panel/meetings/" + meeting + "/items/" + item + "/decision").then().statusCode(409)
                .body(containsString("only be recorded while the meeting is in session"));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void aStaleDecisionIsRefusedWithAClearMessage() {
        InSession session = itemInSession("Oak family");
        UUID meeting = session.meeting();
        UUID item = session.item();
        String run = "/panel/meetings/" + meeting + "/run";
        String stale = String.valueOf(fixtures.itemVersion(item));
        RenderedForm.open(run, "/panel/meetings/" + meeting + "/items/" + item + "/decision").set("decision", "DEFER")
                .set("rationale", "Wait for housing").submit().then().statusCode(303);
        Forms.from(run).formParam("decision", "CLOSE").formParam("rationale", "Needs met").formParam("version", stale)
                .post("/panel/meetings/" + meeting + "/items/" + item + "/decision").then().statusCode(409)
                .body(containsString("This decision was changed by someone else"));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void anActionAddedOnTheRunPageKeepsItsDueDate() {
        InSession session = itemInSession("Rowan family");
        UUID meeting = session.meeting();
        UUID item = session.item();
        String run = "/panel/meetings/" + meeting + "/run";
        java.time.LocalDate due = fixtures.today().plusDays(17);
        RenderedForm.open(run, "/panel/meetings/" + meeting + "/items/" + item + "/actions")
                .set("description", "Book a school meeting").set("ownerId", thornbury.member("frontline2").id().toString())
                .date("due-" + item, due.getDayOfMonth(), due.getMonthValue(), due.getYear())
                .submit().then().statusCode(303);
        given().get(run).then().statusCode(200).body(containsString("Book a school meeting"))
                .body(containsString("due " + org.placeworks.shared.web.Dates.date(due)));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void anActionMarkedDoneOnTheActionsPageLeavesTheOpenList() {
        InSession session = itemInSession("Rowan family");
        UUID meeting = session.meeting();
        UUID item = session.item();
        java.time.LocalDate due = fixtures.today().plusDays(10);
        String description = "Ask the school nurse to visit " + UUID.randomUUID();
        RenderedForm.open("/panel/meetings/" + meeting + "/run", "/panel/meetings/" + meeting + "/items/" + item + "/actions")
                .set("description", description).set("ownerId", thornbury.member("frontline2").id().toString())
                .date("due-" + item, due.getDayOfMonth(), due.getMonthValue(), due.getYear())
                .submit().then().statusCode(303);
        String done = org.jsoup.Jsoup.parse(given().get("/panel/actions").then().statusCode(200).extract().asString())
                .select("tr:contains(" + description + ") form").attr("action");
        RenderedForm.open("/panel/actions", done).submit().then().statusCode(303).header("Location", endsWith("/panel/actions"));
        given().get("/panel/actions").then().statusCode(200).body(not(containsString(description)));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "panel-member")
    void aMemberCannotRunTheMeeting() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        given().get("/panel/meetings/" + meeting + "/run").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void closedMeetingMinutesAsHtmlAndAccessiblePdf() {
        InSession session = itemInSession("Hazel family");
        UUID meeting = session.meeting();
        String run = "/panel/meetings/" + meeting + "/run";
        RenderedForm.open(run, "/panel/meetings/" + meeting + "/close").submit().then().statusCode(303);
        given().get("/panel/meetings/" + meeting + "/minutes").then().statusCode(200)
                .body(containsString("Hazel family")).body(containsString("Official-Sensitive"));
        Response pdf = given().get("/panel/meetings/" + meeting + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(pdf.asByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/StructTreeRoot");
        given().get("/panel/actions").then().statusCode(200).body(containsString("Open panel actions"));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerHasNoPanelPages() {
        given().get("/panel").then().statusCode(403);
        given().get("/panel/actions").then().statusCode(403);
    }

    /** A meeting of today, published, quorate and in session, with one family's case on its agenda. */
    private InSession itemInSession(String family) {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), family);
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        return new InSession(meeting, item);
    }

    private record InSession(UUID meeting, UUID item) {
    }
}
