package org.placeworks.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditTrail;
import org.placeworks.organisation.Thornbury;
import org.placeworks.panel.internal.MeetingScheduler;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;

/** Running a meeting through the services, as the chair: the rules of the day, closing, minutes and the schedule. */
@QuarkusTest
class MeetingRunTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Meetings meetings;

    @Inject
    Panels panels;

    @Inject
    MeetingScheduler scheduler;

    @Inject
    MockMailbox mailbox;

    @Inject
    Thornbury thornbury;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    private PanelView panel;
    private UUID meeting;
    private UUID item;
    private UUID caseId;

    @BeforeEach
    void aPublishedMeetingToday() {
        mailbox.clear();
        panel = fixtures.panel();
        meeting = fixtures.meeting(panel, fixtures.today());
        caseId = fixtures.anyCase();
        item = fixtures.listItem(meeting, caseId, "Ash family");
        fixtures.publish(meeting);
    }

    private AgendaItemView decide(DecisionCode code) {
        return fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(code, "Agreed by all", fixtures.itemVersion(item))));
    }

    @Test
    void aDecisionBeforeTheMeetingIsInSessionIsRefused() {
        assertThatThrownBy(() -> decide(DecisionCode.CLOSE)).isInstanceOf(Conflict.class)
                .hasMessageContaining("in session");
    }

    @Test
    void aDecisionWithoutAQuorumIsRefusedUntilTheChairOverridesWithAReason() {
        fixtures.attend(meeting, panel, 2);
        fixtures.start(meeting);
        assertThatThrownBy(() -> decide(DecisionCode.CLOSE)).isInstanceOf(Conflict.class)
                .hasMessageContaining("not quorate").hasMessageContaining("at least 3 agencies");
        fixtures.chair(() -> {
            meetings.overrideQuorum(meeting, "Police sent written views; the family cannot wait", meetings.meetingVersion(meeting));
            return null;
        });
        assertThat(decide(DecisionCode.AGREE_SUPPORT_PACKAGE).decision()).isEqualTo(DecisionCode.AGREE_SUPPORT_PACKAGE);
        assertThat(fixtures.chair(() -> meetings.agenda(meeting)).meeting().quorumOverrideReason()).contains("Police");
    }

    @Test
    void aStaleEditOfADecisionIsRefused() {
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        long seen = fixtures.itemVersion(item);
        decide(DecisionCode.DEFER);
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.decide(meeting, item,
                new DecisionCommand(DecisionCode.CLOSE, "Needs met", seen))))
                .isInstanceOf(StaleEdit.class).hasMessageContaining("This decision was changed by someone else");
    }

    @Test
    void onlyTheChairRunsTheMeeting() {
        assertThatThrownBy(() -> fixtures.manager(() -> {
            meetings.start(meeting, true, meetings.meetingVersion(meeting));
            return null;
        })).isInstanceOf(org.placeworks.shared.Forbidden.class);
    }

    @Test
    void closingCarriesDeferredItemsAndOpenActionsForwardAndEmailsThoseWhoMustAct() {
        UUID second = fixtures.listItem(meeting, caseId, "Birch family");
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        decide(DecisionCode.DEFER);
        fixtures.chair(() -> meetings.decide(meeting, second, new DecisionCommand(DecisionCode.AGREE_SUPPORT_PACKAGE,
                "Plan agreed", fixtures.itemVersion(second))));
        fixtures.chair(() -> meetings.addAction(meeting, second, new ActionCommand("Visit the family",
                thornbury.member("frontline2").id(), fixtures.today().plusDays(10))));

        MinutesView minutes = fixtures.chair(() -> meetings.close(meeting, meetings.meetingVersion(meeting)));

        assertThat(minutes.items()).hasSize(2);
        MeetingSummary next = fixtures.chair(() -> panels.meetings(panel.id(), fixtures.today().plusDays(1))).get(0);
        AgendaView nextAgenda = fixtures.chair(() -> meetings.agenda(next.id()));
        assertThat(nextAgenda.items()).extracting(AgendaItemView::familyName).containsExactly("Ash family");
        assertThat(nextAgenda.items().get(0).carried()).isTrue();
        assertThat(nextAgenda.carriedActions()).extracting(ActionView::description).containsExactly("Visit the family");
        assertThat(mailbox.getMailsSentTo("frontline2@eastmoor.example")).hasSize(1)
                .first().satisfies(mail -> {
                    assertThat(mail.getSubject()).startsWith("OFFICIAL-SENSITIVE");
                    assertThat(mail.getText()).contains("Visit the family").contains("Agree a support package");
                });
        assertThat(mailbox.getMailsSentTo("estate@eastmoor.example")).isEmpty();
    }

    @Test
    void eachAgencysCopyOfTheMinutesShowsOnlyTheItemsItWasInvolvedIn() {
        UUID second = fixtures.listItem(meeting, fixtures.consentedCase("Birch family", java.util.Set.of("Eastmoor Homes"),
                java.util.Set.of()), "Birch family");
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        fixtures.chair(() -> meetings.addAction(meeting, second, new ActionCommand("Housing check",
                thornbury.member("estate").id(), fixtures.today().plusDays(5))));
        fixtures.chair(() -> meetings.close(meeting, meetings.meetingVersion(meeting)));

        UUID homes = thornbury.agency("Eastmoor Homes");
        MinutesView housingCopy = fixtures.chair(() -> meetings.minutes(meeting, homes));
        assertThat(housingCopy.items()).extracting(AgendaItemView::familyName).containsExactly("Birch family");
        assertThat(housingCopy.agencyName()).isEqualTo("Eastmoor Homes");
        MinutesView full = fixtures.chair(() -> meetings.minutes(meeting, null));
        assertThat(full.items()).hasSize(2);
    }

    @Test
    void anAgencysCopyOmitsAnItemTheFamilyRefusedToShareWithItAndSaysSo() {
        UUID refused = fixtures.listItem(meeting, fixtures.consentedCase("Cedar family", java.util.Set.of("Eastmoor District Council"),
                java.util.Set.of("Eastmoor Homes")), "Cedar family");
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        fixtures.chair(() -> meetings.addAction(meeting, refused, new ActionCommand("Housing check",
                thornbury.member("estate").id(), fixtures.today().plusDays(5))));
        fixtures.chair(() -> meetings.close(meeting, meetings.meetingVersion(meeting)));

        MinutesView housingCopy = fixtures.chair(() -> meetings.minutes(meeting, thornbury.agency("Eastmoor Homes")));
        assertThat(housingCopy.items()).isEmpty();
        assertThat(housingCopy.withheld())
                .containsExactly("Item 2 is not shown: the family has not agreed to share it with Eastmoor Homes.");
        assertThat(fixtures.chair(() -> meetings.minutes(meeting, null)).items())
                .extracting(AgendaItemView::familyName).contains("Cedar family");
    }

    @Test
    void theScheduleHoldsTwelveMonthsAheadAndASecondInstanceSkipsWhileTheLockIsHeld() throws Exception {
        assertThat(fixtures.chair(() -> panels.meetings(panel.id(), fixtures.today())).stream().filter(m -> !m.date().equals(fixtures.today())))
                .hasSizeBetween(11, 12);
        assertThat(scheduler.scheduleAhead()).isGreaterThanOrEqualTo(0);

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(" + MeetingScheduler.LOCK_KEY + ")").getSingleResult();
            locked.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(scheduler.scheduleAhead()).isEqualTo(-1);
        } finally {
            release.countDown();
            other.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMeetingNobodyMayKnowOfIsNotFound() {
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.agenda(UUID.randomUUID()))).isInstanceOf(NotFound.class);
    }
}
