package org.placeworks.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.CafCases;
import org.placeworks.family.TimelineEntry;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;

/**
 * The panel's own governance and how its decisions reach the case, through the services: declarations of interest
 * and the item's quorum, a quorum that names agencies, minutes from draft to agreed, a decision that appoints the
 * lead professional, the case timeline, "My cases" and the email to those who brought or lead the case.
 */
@QuarkusTest
class PanelGovernanceTest {

    private static final Set<String> WORKER = PanelFixtures.WORKER;

    @Inject
    PanelFixtures fixtures;

    @Inject
    Meetings meetings;

    @Inject
    Panels panels;

    @Inject
    Agendas agendas;

    @Inject
    CafCases cases;

    @Inject
    Thornbury thornbury;

    @Inject
    ActingAs actingAs;

    @Inject
    MockMailbox mailbox;

    @Inject
    AuditTrail audit;

    private PanelView panel;
    private UUID meeting;

    @BeforeEach
    void aPublishedMeetingToday() {
        mailbox.clear();
        panel = fixtures.panel();
        meeting = fixtures.meeting(panel, fixtures.today());
    }

    private AgendaItemView decide(UUID item, DecisionCode code) {
        return fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(code, "Agreed by those present",
                fixtures.itemVersion(item))));
    }

    private AgendaItemView declare(UUID item, String username, String interest, boolean withdrew) {
        UUID who = thornbury.member(username).id();
        return fixtures.chair(() -> meetings.declareInterest(meeting, item, new InterestCommand(who, interest, withdrew,
                fixtures.itemVersion(item))));
    }

    // --- Declarations of interest ---------------------------------------------------------------

    @Test
    void aMemberWhoWithdrawsFromAnItemTakesTheirAgencyOutOfThatItemsQuorumOnly() {
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Larch family");
        UUID other = fixtures.listItem(meeting, fixtures.anyCase(), "Rowan family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);

        // Staying after a declaration leaves the quorum as it was.
        AgendaItemView stayed = declare(item, "estate", "Knows the family through the tenancy", false);
        assertThat(stayed.interests()).singleElement().satisfies(d -> {
            assertThat(d.declaredBy()).isEqualTo("Erin Shaw");
            assertThat(d.agencyName()).isEqualTo("Eastmoor Homes");
            assertThat(d.withdrew()).isFalse();
        });
        assertThat(stayed.quorumShortfall()).isNull();

        // The health member withdraws: two agencies are left for this item, and three are needed.
        AgendaItemView withdrawn = declare(item, "frontline2", "Is the children's aunt", true);
        assertThat(withdrawn.quorumShortfall()).contains("at least 3 agencies present (2 are)");
        assertThatThrownBy(() -> decide(item, DecisionCode.AGREE_SUPPORT_PACKAGE)).isInstanceOf(Conflict.class)
                .hasMessageContaining("Without those who withdrew from this item");
        // The other item is heard by all three.
        assertThat(decide(other, DecisionCode.AGREE_SUPPORT_PACKAGE).decision()).isEqualTo(DecisionCode.AGREE_SUPPORT_PACKAGE);
        assertThat(audit.history("panel-item", item, 10)).anySatisfy(e ->
                assertThat(e.summary()).contains("Declaration of interest by Sam Okafor; withdrew from the item"));
    }

    @Test
    void aDeclarationIsRefusedOnAStaleItemForSomeoneNotAtTheTableAndOutsideTheSession() {
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Alder family");
        fixtures.publish(meeting);
        UUID estate = thornbury.member("estate").id();
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.declareInterest(meeting, item, new InterestCommand(estate,
                "Tenancy", false, fixtures.itemVersion(item))))).isInstanceOf(Conflict.class).hasMessageContaining("during the meeting");
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        long seen = fixtures.itemVersion(item);
        declare(item, "estate", "Tenancy", false);
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.declareInterest(meeting, item, new InterestCommand(estate,
                "Tenancy again", false, seen)))).isInstanceOf(StaleEdit.class);
        UUID outsider = thornbury.member("intel").id();
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.declareInterest(meeting, item, new InterestCommand(outsider,
                "Knows them", false, fixtures.itemVersion(item))))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("sits on the panel");
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.declareInterest(meeting, item, new InterestCommand(estate,
                " ", null, fixtures.itemVersion(item))))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKeys("interest", "withdrew"));
    }

    @Test
    void aCancelledMeetingTakesNoItemsAndNoDeclarations() {
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Buckthorn family");
        fixtures.chair(() -> meetings.cancel(meeting, "The venue is flooded", meetings.meetingVersion(meeting)));
        assertThatThrownBy(() -> fixtures.chair(() -> {
            meetings.acceptUrgent(meeting, item, "Cannot wait");
            return null;
        })).isInstanceOf(Conflict.class).hasMessageContaining("takes no items");
        assertThatThrownBy(() -> declare(item, "estate", "Tenancy", false)).isInstanceOf(Conflict.class)
                .hasMessageContaining("during the meeting");
    }

    // --- A quorum that names agencies -------------------------------------------------------------

    @Test
    void theQuorumCanRequireANamedAgencyAsWellAsANumberAndThePersonChairingCounts() {
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Hornbeam family");
        UUID homes = thornbury.agency("Eastmoor Homes");
        PanelView two = fixtures.manager(() -> panels.update(panel.id(), new PanelCommand(panel.name(), panel.localityId(),
                panel.chair().id(), 1, DayOfWeek.WEDNESDAY, LocalTime.of(9, 30), "Village hall", null, null, 2, panel.version())));
        assertThatThrownBy(() -> fixtures.manager(() -> panels.requireAgenciesForQuorum(panel.id(), Set.of(homes), panel.version())))
                .isInstanceOf(StaleEdit.class);
        assertThatThrownBy(() -> fixtures.manager(() -> panels.requireAgenciesForQuorum(panel.id(),
                Set.of(thornbury.agency("Shire Constabulary")), two.version()))).isInstanceOf(InvalidInput.class);
        PanelView named = fixtures.manager(() -> panels.requireAgenciesForQuorum(panel.id(), Set.of(homes), two.version()));
        assertThat(named.quorumAgencyNames()).containsExactly("Eastmoor Homes");

        // Health and the council come (two agencies, as the number asks), but the housing agency sent apologies.
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 2);
        fixtures.start(meeting);
        assertThatThrownBy(() -> decide(item, DecisionCode.AGREE_SUPPORT_PACKAGE)).isInstanceOf(Conflict.class)
                .hasMessageContaining("not quorate").hasMessageContaining("it needs Eastmoor Homes present");
        assertThat(fixtures.chair(() -> meetings.agenda(meeting)).meeting().quorumShortfall()).contains("Eastmoor Homes");

        fixtures.attend(meeting, panel, 3);
        assertThat(decide(item, DecisionCode.AGREE_SUPPORT_PACKAGE).decision()).isEqualTo(DecisionCode.AGREE_SUPPORT_PACKAGE);
        assertThat(fixtures.manager(() -> panels.panel(panel.id())).quorumAgencyNames()).containsExactly("Eastmoor Homes");
    }

    @Test
    void aDeputyChairsAndDecidesWhileTheChairIsPresentAndTheMinutesAndTrailSaySo() {
        PanelView withDeputy = fixtures.panelWithDeputy();
        UUID held = fixtures.meeting(withDeputy, fixtures.today());
        UUID item = fixtures.listItem(held, fixtures.anyCase(), "Spindle family");
        fixtures.publish(held);
        fixtures.attend(held, withDeputy, 3);
        fixtures.deputy(() -> {
            meetings.start(held, true, meetings.meetingVersion(held));
            return meetings.decide(held, item, new DecisionCommand(DecisionCode.AGREE_SUPPORT_PACKAGE, "Agreed",
                    fixtures.itemVersion(item)));
        });
        MinutesView minutes = fixtures.deputy(() -> meetings.close(held, meetings.meetingVersion(held)));
        assertThat(minutes.meeting().chairedBy()).isEqualTo("Dana Deputy, deputy chair (the chair was present)");
        assertThat(minutes.record().text()).contains("chaired by Dana Deputy (deputy chair)");
        assertThat(audit.history("panel-item", item, 10)).anySatisfy(e -> {
            assertThat(e.summary()).contains("Decision: Agree a support package");
            assertThat(e.actor()).isEqualTo(PanelFixtures.DEPUTY_CHAIR);
        });
    }

    // --- Minutes ------------------------------------------------------------------------------

    @Test
    void minutesAreDraftedCirculatedCorrectedAndAgreedAtTheNextMeetingWithEveryWordingKept() {
        // Yesterday's meeting is held and closed; today's (made before each test) is the next one.
        UUID held = fixtures.meeting(panel, fixtures.today().minusDays(1));
        UUID item = fixtures.listItem(held, fixtures.anyCase(), "Juniper family");
        fixtures.publish(held);
        fixtures.attend(held, panel, 3);
        fixtures.start(held);
        fixtures.chair(() -> meetings.decide(held, item, new DecisionCommand(DecisionCode.AGREE_SUPPORT_PACKAGE, "Agreed",
                fixtures.itemVersion(item))));
        MinutesView closed = fixtures.close(held);
        assertThat(closed.record().status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(closed.record().text()).contains("1 of 1 items were decided");

        long v = fixtures.chair(() -> meetings.minutesVersion(held));
        fixtures.chair(() -> {
            meetings.reviseMinutes(held, "The panel met and agreed the Juniper family's support package.", null, v);
            return null;
        });
        assertThatThrownBy(() -> fixtures.chair(() -> {
            meetings.circulateMinutes(held, v);
            return null;
        })).isInstanceOf(StaleEdit.class);
        fixtures.chair(() -> {
            meetings.circulateMinutes(held, meetings.minutesVersion(held));
            return null;
        });
        // Once circulated, a change is a correction and says why.
        assertThatThrownBy(() -> fixtures.chair(() -> {
            meetings.reviseMinutes(held, "Corrected wording", " ", meetings.minutesVersion(held));
            return null;
        })).isInstanceOf(InvalidInput.class).hasMessageContaining("correction");
        fixtures.chair(() -> {
            meetings.reviseMinutes(held, "The panel met and agreed the Juniper family's support package, with housing.",
                    "Housing asked to be named", meetings.minutesVersion(held));
            return null;
        });

        // The next meeting takes the minutes of the last meeting first, and agrees them in session.
        AgendaView nextAgenda = fixtures.chair(() -> meetings.agenda(meeting));
        assertThat(nextAgenda.lastMinutes().status()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(nextAgenda.lastMinutes().meetingId()).isEqualTo(held);
        long minutesVersion = nextAgenda.lastMinutes().version();
        assertThatThrownBy(() -> fixtures.chair(() -> {
            meetings.agreeLastMinutes(meeting, minutesVersion);
            return null;
        })).isInstanceOf(Conflict.class).hasMessageContaining("in session");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        assertThatThrownBy(() -> fixtures.chair(() -> {
            meetings.agreeLastMinutes(meeting, minutesVersion - 1);
            return null;
        })).isInstanceOf(StaleEdit.class);
        fixtures.chair(() -> {
            meetings.agreeLastMinutes(meeting, minutesVersion);
            return null;
        });
        MinutesView agreed = fixtures.chair(() -> meetings.minutes(held, null));
        assertThat(agreed.record().status()).isEqualTo(MinutesStatus.AGREED);
        assertThat(agreed.record().agreedAtMeeting()).isEqualTo(fixtures.today());
        assertThat(agreed.record().text()).endsWith("with housing.");
        assertThat(agreed.record().revisions()).extracting(MinutesView.Revision::number).containsExactly(3, 2, 1);
        assertThat(agreed.record().revisions().get(0).reason()).isEqualTo("Housing asked to be named");
        assertThatThrownBy(() -> fixtures.chair(() -> {
            meetings.reviseMinutes(held, "Too late", "Afterthought", meetings.minutesVersion(held));
            return null;
        })).isInstanceOf(Conflict.class).hasMessageContaining("agreed as a true record");
    }

    // --- Decisions that act and reach the case --------------------------------------------------

    @Test
    void allocatingALeadProfessionalAppointsThemOnTheCaseAndTheCaseHearsOfIt() {
        UUID caseId = fixtures.consentedCase("Quillon family", Set.of("Eastmoor District Council",
                "Eastmoor Community Health NHS Trust"), Set.of());
        UUID item = fixtures.listItem(meeting, caseId, "Quillon family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        assertThatThrownBy(() -> decide(item, DecisionCode.ALLOCATE_LEAD_PROFESSIONAL)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("leadProfessionalId"));
        UUID sam = thornbury.member("frontline2").id();
        AgendaItemView decided = fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(
                DecisionCode.ALLOCATE_LEAD_PROFESSIONAL, "Health needs lead", fixtures.itemVersion(item), sam, null, null)));
        assertThat(decided.leadProfessional()).isEqualTo("Sam Okafor");
        assertThat(actingAs.call("frontline", WORKER, () -> cases.find(caseId)).leadProfessional().name()).isEqualTo("Sam Okafor");

        // The listing and the decision are on the case's timeline at once.
        List<TimelineEntry> timeline = actingAs.call("frontline", WORKER, () -> cases.timeline(caseId));
        assertThat(timeline).extracting(TimelineEntry::what)
                .anySatisfy(w -> assertThat(w).startsWith("Listed for " + panel.name()))
                .anySatisfy(w -> assertThat(w).contains("Panel decision at " + panel.name()).contains("Allocate a lead professional (Sam Okafor)"));

        // Told by email after the meeting closes: the worker who brought it and the lead professional.
        assertThat(mailbox.getMailsSentTo("frontline2@eastmoor.example")).isEmpty();
        fixtures.close(meeting);
        assertThat(mailbox.getMailsSentTo("frontline@eastmoor.example")).anySatisfy(mail -> {
            assertThat(mail.getSubject()).startsWith("OFFICIAL-SENSITIVE: the panel's decision on your cases");
            assertThat(mail.getText()).contains("EH-T: Allocate a lead professional").contains("Health needs lead");
        });
        assertThat(mailbox.getMailsSentTo("frontline2@eastmoor.example")).anySatisfy(mail ->
                assertThat(mail.getText()).contains("Allocate a lead professional"));
        assertThat(mailbox.getMailsSentTo("estate@eastmoor.example")).isEmpty();

        // And on "My cases", for the lead professional whose list holds the case.
        assertThat(actingAs.call("frontline2", WORKER, () -> agendas.recentDecisionsFor(List.of(caseId), 92)))
                .extracting(DecisionNotice::decision).contains(DecisionCode.ALLOCATE_LEAD_PROFESSIONAL);
    }

    @Test
    void aLeadProfessionalFromAnAgencyTheFamilyRefusedIsNotAppointedAndNothingIsDecided() {
        UUID caseId = fixtures.consentedCase("Quenby family", Set.of("Eastmoor District Council"),
                Set.of("Eastmoor Community Health NHS Trust"));
        UUID item = fixtures.listItem(meeting, caseId, "Quenby family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        UUID sam = thornbury.member("frontline2").id();
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(
                DecisionCode.ALLOCATE_LEAD_PROFESSIONAL, "Health leads", fixtures.itemVersion(item), sam, null, null))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("did not agree to share the case");
        assertThat(fixtures.chair(() -> meetings.agenda(meeting)).items()).singleElement()
                .satisfies(i -> assertThat(i.decision()).isNull());
        assertThat(actingAs.call("frontline", WORKER, () -> cases.find(caseId)).leadProfessional()).isNull();
    }

    @Test
    void theTimelineShowsThePanelToOthersOnlyWhereTheFamilyAgreedToShareWithTheirAgency() {
        UUID caseId = fixtures.consentedCase("Quarrie family", Set.of("Eastmoor District Council"), Set.of());
        UUID item = fixtures.listItem(meeting, caseId, "Quarrie family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        decide(item, DecisionCode.AGREE_SUPPORT_PACKAGE);

        Set<String> member = Set.of(Roles.PANEL_MEMBER);
        assertThat(actingAs.call("estate", member, () -> agendas.timelineOf(caseId, false))).isEmpty();
        assertThat(actingAs.call("frontline2", member, () -> agendas.timelineOf(caseId, false))).isEmpty();
        // The case's own workers, and the panel's chair, see them; a member of an agency the family agreed to does too.
        assertThat(actingAs.call("estate", member, () -> agendas.timelineOf(caseId, true))).hasSize(2);
        assertThat(fixtures.chair(() -> agendas.timelineOf(caseId, false))).hasSize(2);
        assertThat(actingAs.call("frontline", member, () -> agendas.timelineOf(caseId, false))).hasSize(2);
    }

    @Test
    void steppingUpWithoutAMashReferenceOrClosingIsRecordedForTheCasesWorker() {
        UUID up = fixtures.listItem(meeting, fixtures.anyCase(), "Yew family");
        UUID close = fixtures.listItem(meeting, fixtures.anyCase(), "Elder family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        decide(up, DecisionCode.STEP_UP);
        decide(close, DecisionCode.CLOSE);
        assertThat(audit.history("panel-item", up, 5)).anySatisfy(e -> assertThat(e.summary()).contains("step up for the case's worker to record"));
        assertThat(audit.history("panel-item", close, 5)).anySatisfy(e -> assertThat(e.summary()).contains("closure for the case's worker to record"));
        // An amount goes only with a grant.
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.decide(meeting, up, new DecisionCommand(DecisionCode.DEFER,
                "Later", fixtures.itemVersion(up), null, 4_000L, null)))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("awardPence"));
        // "Award a grant" needs an item about a grant request.
        assertThatThrownBy(() -> decide(up, DecisionCode.AWARD_GRANT)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not about a grant request");
    }
}
