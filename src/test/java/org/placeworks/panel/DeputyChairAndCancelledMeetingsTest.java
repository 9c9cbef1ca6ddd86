package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.ActingAs;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.Conflict;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/**
 * A panel's deputy chair (named on the panel's page, runs a meeting, recorded as chairing it) and
 * meetings cancelled or moved before they start, through the pages as rendered.
 */
@QuarkusTest
class DeputyChairAndCancelledMeetingsTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Thornbury thornbury;

    @Inject
    ActingAs actingAs;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    AuditTrail audit;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    /** A day the test panel (meeting on Wednesdays) has no meeting of its cadence. */
    private static LocalDate offCadence(LocalDate day) {
        return day.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY ? day.plusDays(1) : day;
    }

    // --- Naming the deputy chair ---------------------------------------------------------------

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theManagerNamesADeputyChairWhoHoldsTheChairRoleAndIsNotTheChair() {
        PanelView panel = fixtures.panel();
        UUID deputy = fixtures.deputyChair().id();
        String page = "/panel/" + panel.id();
        RenderedForm.open(page, page + "/deputy").set("deputyChairStaffId", thornbury.member("member").id().toString())
                .submit().then().statusCode(422).body(containsString("does not hold the panel chair role"));
        RenderedForm.open(page, page + "/deputy").set("deputyChairStaffId", thornbury.member("chair").id().toString())
                .submit().then().statusCode(422).body(containsString("other than the chair"));
        given().get(page).then().body(containsString("id=\"deputy-chair\">None<"));
        RenderedForm.open(page, page + "/deputy").set("deputyChairStaffId", deputy.toString())
                .submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("id=\"deputy-chair\">Dana Deputy<"));
        assertThat(audit.history("panel", panel.id(), 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.summary()).contains("Deputy chair set to " + PanelFixtures.DEPUTY_CHAIR);
        });
        // The chair cannot then be changed to the deputy chair.
        RenderedForm.open(page + "/edit").set("chairStaffId", deputy.toString()).submit().then().statusCode(422)
                .body(containsString("The deputy chair cannot also be the chair"));
        // A stale form is refused.
        Forms.from(page).formParam("deputyChairStaffId", "").formParam("version", "999999").post(page + "/deputy")
                .then().statusCode(409);
        // Cleared: the panel has no deputy chair.
        RenderedForm.open(page, page + "/deputy").set("deputyChairStaffId", "").submit().then().statusCode(303);
        given().get(page).then().body(containsString("id=\"deputy-chair\">None<"));
    }

    // --- The deputy runs a meeting ----------------------------------------------------------------

    @Test
    @TestSecurity(user = PanelFixtures.DEPUTY_CHAIR, roles = {"panel-chair", "panel-member"})
    void theDeputyChairOpensRunsAndClosesAMeetingAndTheMinutesSayWhoChaired() {
        PanelView panel = fixtures.panelWithDeputy();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Birch family");
        String agenda = "/panel/meetings/" + meeting;
        String run = agenda + "/run";
        RenderedForm.open(agenda, agenda + "/publish").submit().then().statusCode(303);
        // The chair is away: the three agencies present, the chair not ticked; the deputy chairing makes the quorum.
        RenderedForm.open(run, agenda + "/attendance").setAll("status", "PRESENT", "PRESENT", "PRESENT")
                .submit().then().statusCode(303);
        RenderedForm.open(run, agenda + "/start").tick("confidentiality", "yes").submit().then().statusCode(303);
        given().get(run).then().statusCode(200).body(containsString("govuk-tag--green\">Quorate"))
                .body(containsString("Chaired by Dana Deputy, deputy chair;"));
        RenderedForm.open(run, agenda + "/items/" + item + "/decision").set("decision", "AGREE_SUPPORT_PACKAGE")
                .set("rationale", "Agreed by all present").submit().then().statusCode(303);
        RenderedForm.open(run, agenda + "/close").submit().then().statusCode(303);
        given().get(agenda + "/minutes").then().statusCode(200)
                .body(containsString("Chaired by Dana Deputy, deputy chair<"))
                .body(containsString("Agree a support package"));
        assertThat(audit.history("panel-meeting", meeting, 10)).anySatisfy(e ->
                assertThat(e.summary()).contains("chaired by " + PanelFixtures.DEPUTY_CHAIR + " as deputy chair;"));
    }

    @Test
    void theDeputyMayChairWhileTheChairIsPresentAndThatIsRecorded() {
        PanelView panel = fixtures.panelWithDeputy();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        fixtures.listItem(meeting, fixtures.anyCase(), "Hazel family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.deputy(() -> {
            meetings.start(meeting, true, meetings.meetingVersion(meeting));
            return null;
        });
        MinutesView minutes = fixtures.deputy(() -> meetings.close(meeting, meetings.meetingVersion(meeting)));
        assertThat(minutes.meeting().chairedBy()).isEqualTo("Dana Deputy, deputy chair (the chair was present)");
        assertThat(audit.history("panel-meeting", meeting, 10)).anySatisfy(e ->
                assertThat(e.summary()).contains("as deputy chair while the chair is present"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = {"panel-member", "panel-chair"})
    void aMemberWhoChairsAnotherPanelCannotCancelOrMoveThisOne() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, offCadence(fixtures.today().plusDays(20)));
        fixtures.publish(meeting);
        String agenda = "/panel/meetings/" + meeting;
        long version = fixtures.chair(() -> meetings.meetingVersion(meeting));
        Forms.forged(agenda).formParam("cancelReason", "No").formParam("version", String.valueOf(version)).post(agenda + "/cancel")
                .then().statusCode(403);
        Forms.forged(agenda).formParam("newDate-day", "1").formParam("newDate-month", "1").formParam("newDate-year", "2099")
                .formParam("moveReason", "No").formParam("version", String.valueOf(version)).post(agenda + "/reschedule")
                .then().statusCode(403);
        given().get(agenda).then().statusCode(200).body(not(containsString("Cancel or move this meeting")));
    }

    // --- Cancelling and moving ----------------------------------------------------------------------

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theChairCancelsAMeetingThroughItsPageAndItsItemsMoveToTheNextMeeting() {
        PanelView panel = fixtures.panel();
        LocalDate day = offCadence(fixtures.today().plusDays(90));
        UUID meeting = fixtures.meeting(panel, day);
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Cedar family");
        String agenda = "/panel/meetings/" + meeting;
        RenderedForm.open(agenda, agenda + "/cancel").submit().then().statusCode(422)
                .body(containsString("Enter why the meeting is cancelled"));
        assertThat(fixtures.meetingOf(item)).as("nothing moved on a refusal").isEqualTo(meeting);
        mailbox.clear();
        RenderedForm.open(agenda, agenda + "/cancel").set("cancelReason", "The venue is flooded").submit().then().statusCode(303);
        given().get(agenda).then().statusCode(200).body(containsString("This meeting was cancelled: The venue is flooded"))
                .body(not(containsString("action=\"" + agenda + "/cancel\""))).body(not(containsString("Cedar family")));
        UUID next = fixtures.meetingOf(item);
        assertThat(next).isNotEqualTo(meeting);
        MeetingRef ref = fixtures.chair(() -> meetings.ref(next));
        assertThat(ref.date()).isAfter(day);
        given().get("/panel/meetings/" + next).then().statusCode(200).body(containsString("Cedar family"));
        given().get("/panel/" + panel.id()).then().body(containsString("govuk-tag--red\">Cancelled"));
        // The worker who listed the case is told, by reference only, where it went.
        var told = mailbox.getMailsSentTo(thornbury.member("frontline").email());
        assertThat(told).anySatisfy(mail -> assertThat(mail.getText()).contains("is cancelled: The venue is flooded.")
                .contains("Your cases listed for it: EH-T.").contains("next meeting, on " + ref.date()).doesNotContain("Cedar"));
        assertThat(audit.history("panel-meeting", meeting, 5)).anySatisfy(e ->
                assertThat(e.summary()).contains("Cancelled: The venue is flooded; 1 items (EH-T)"));
        // Once cancelled, it cannot be cancelled again or moved.
        Forms.forged(agenda).formParam("cancelReason", "Again").formParam("version", String.valueOf(fixtures.chair(
                () -> meetings.meetingVersion(meeting)))).post(agenda + "/cancel").then().statusCode(409)
                .body(containsString("Only a meeting that has not started can be cancelled"));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theChairMovesAMeetingToAnotherDayThroughItsPageWithItsItems() {
        PanelView panel = fixtures.panel();
        LocalDate day = offCadence(fixtures.today().plusDays(100));
        UUID meeting = fixtures.meeting(panel, day);
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Rowan family");
        String agenda = "/panel/meetings/" + meeting;
        LocalDate past = fixtures.today().minusDays(1);
        RenderedForm.open(agenda, agenda + "/reschedule").date("newDate", past.getDayOfMonth(), past.getMonthValue(), past.getYear())
                .set("moveReason", "Bank holiday").submit().then().statusCode(422)
                .body(containsString("The new date must be today or later"));
        LocalDate moved = offCadence(day.plusDays(2));
        RenderedForm.open(agenda, agenda + "/reschedule").date("newDate", moved.getDayOfMonth(), moved.getMonthValue(), moved.getYear())
                .set("moveReason", "Bank holiday").submit().then().statusCode(303);
        given().get(agenda).then().statusCode(200).body(containsString("Moved from " + org.placeworks.shared.web.Dates.date(day)
                + ": Bank holiday")).body(containsString("Rowan family"));
        assertThat(fixtures.meetingOf(item)).isEqualTo(meeting);
        assertThat(fixtures.chair(() -> meetings.ref(meeting)).date()).isEqualTo(moved);
        Forms.from(agenda).formParam("newDate-day", "1").formParam("newDate-month", "1").formParam("newDate-year", "2099")
                .formParam("moveReason", "Stale").formParam("version", "999999").post(agenda + "/reschedule").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = PanelFixtures.DEPUTY_CHAIR, roles = {"panel-chair", "panel-member"})
    void theDeputyChairCancelsAndMovesMeetingsThroughTheApi() {
        PanelView panel = fixtures.panelWithDeputy();
        LocalDate day = offCadence(fixtures.today().plusDays(120));
        UUID moving = fixtures.meeting(panel, day);
        long version = fixtures.deputy(() -> meetings.meetingVersion(moving));
        LocalDate newDay = offCadence(day.plusDays(1));
        given().contentType("application/json").body(Map.of("date", newDay.toString(), "reason", "", "version", version))
                .post("/api/v1/meetings/" + moving + "/new-date").then().statusCode(422);
        given().contentType("application/json").body(Map.of("date", newDay.toString(), "reason", "Bank holiday",
                "version", version)).post("/api/v1/meetings/" + moving + "/new-date").then().statusCode(200)
                .body("date", org.hamcrest.Matchers.equalTo(newDay.toString()));
        UUID cancelling = fixtures.meeting(panel, offCadence(newDay.plusDays(2)));
        UUID item = fixtures.listItem(cancelling, fixtures.anyCase(), "Alder family");
        given().contentType("application/json").body(Map.of("reason", "Chair and deputy both away", "version", 999999))
                .post("/api/v1/meetings/" + cancelling + "/cancellation").then().statusCode(409);
        given().contentType("application/json").body(Map.of("reason", "Chair and deputy both away",
                "version", fixtures.deputy(() -> meetings.meetingVersion(cancelling))))
                .post("/api/v1/meetings/" + cancelling + "/cancellation").then().statusCode(200);
        assertThat(fixtures.meetingOf(item)).isNotEqualTo(cancelling);
        given().get("/api/v1/meetings/" + cancelling + "/agenda").then().statusCode(200)
                .body("meeting.status", org.hamcrest.Matchers.equalTo("CANCELLED"))
                .body("meeting.cancelledReason", org.hamcrest.Matchers.equalTo("Chair and deputy both away"));
    }

    @Test
    void aCancelledMeetingReceivingAnItemIsRefused() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today().minusDays(3));
        UUID caseId = fixtures.anyCase();
        fixtures.chair(() -> meetings.cancel(meeting, "Not enough members could come", meetings.meetingVersion(meeting)));
        assertThatThrownBy(() -> actingAs.call("frontline", PanelFixtures.WORKER, () -> agendas.listOnPastMeeting(meeting,
                new BringCommand(caseId, ItemKind.STUCK_CASE_REVIEW, "Heard afterwards", null, false, null))))
                .isInstanceOf(Conflict.class).hasMessageContaining("This meeting was cancelled (Not enough members could come)");
        assertThat(fixtures.chair(() -> meetings.agenda(meeting)).items()).isEmpty();
    }
}
