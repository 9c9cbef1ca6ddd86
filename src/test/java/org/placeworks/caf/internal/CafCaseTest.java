package org.placeworks.caf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.Score;
import org.placeworks.caf.ActionStatus;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.Progress;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/** The CAF cycle as a state machine: every step starts from the right state or is refused. */
class CafCaseTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
    private final UUID child = UUID.randomUUID();
    private final UUID worker = UUID.randomUUID();

    private CafCase referral() {
        Map<String, HeadlineOutcome> needs = new LinkedHashMap<>();
        needs.put("Poor school attendance", HeadlineOutcome.EDUCATION);
        needs.put("Rent arrears", HeadlineOutcome.HOUSING);
        return new CafCase("EH-2026-00001", UUID.randomUUID(), UUID.randomUUID(),
                new Referrer("Pat Teacher", null, "pat@school.example", null), "Attendance has fallen to 70%",
                Set.of(child), needs, MONDAY, false, Instant.parse("2026-11-02T10:00:00Z"), "frontline");
    }

    private CafCase consented() {
        CafCase c = referral();
        c.recordConsent(List.of(new ConsentGiver("Jo Parent", null, false, null, null)), MONDAY,
                "Assessment and sharing with the agencies named", true, Set.of(), Set.of(), MONDAY.plusDays(14), AT, "frontline");
        return c;
    }

    private CafCase planned() {
        CafCase c = consented();
        Map<UUID, Score> scores = new LinkedHashMap<>();
        c.needs().forEach(n -> scores.put(n.id(), new Score(3)));
        c.recordAssessment(Map.of(CafElement.LEARNING, new Findings("Loves reading", "Misses Mondays")), scores,
                "I want to go to school with my friends", "We want help with mornings");
        c.completeAssessment(MONDAY.plusDays(10), MONDAY.plusDays(52));
        return c;
    }

    @Test
    void aReferralAwaitsConsentWithItsNeedsTagged() {
        CafCase c = referral();
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_CONSENT);
        assertThat(c.needs()).extracting(Need::headline).containsExactly(HeadlineOutcome.EDUCATION, HeadlineOutcome.HOUSING);
        assertThat(c.nextDue()).get().extracting(Due::what).isEqualTo("Get the family's consent");
    }

    @Test
    void noAssessmentBeforeConsent() {
        CafCase c = referral();
        assertThatThrownBy(() -> c.recordAssessment(Map.of(), Map.of(), null, null))
                .isInstanceOf(Conflict.class).hasMessageContaining("consent");
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_CONSENT);
    }

    @Test
    void consentOpensTheAssessmentWithItsDueDate() {
        CafCase c = consented();
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(c.nextDue()).get().extracting(Due::on).isEqualTo(MONDAY.plusDays(14));
    }

    @Test
    void consentTwiceIsRefused() {
        CafCase c = consented();
        assertThatThrownBy(() -> c.recordConsent(List.of(new ConsentGiver("Jo", null, false, null, null)), MONDAY, "x", false,
                Set.of(), Set.of(), MONDAY, AT, "frontline"))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void completingTheAssessmentNeedsAScoreForEveryNeed() {
        CafCase c = consented();
        c.recordAssessment(Map.of(CafElement.HEALTH, new Findings("Registered with a GP", null)),
                Map.of(c.needs().get(0).id(), new Score(4)), null, null);
        assertThatThrownBy(() -> c.completeAssessment(MONDAY.plusDays(5), MONDAY.plusDays(47)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Rent arrears");
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    void aCompletedAssessmentOpensThePlanWithTheFirstReviewDue() {
        CafCase c = planned();
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE_PLAN);
        assertThat(c.needs()).allSatisfy(n -> assertThat(n.baselineScore()).isEqualTo(3));
        assertThat(c.nextDue()).get().extracting(Due::on).isEqualTo(MONDAY.plusDays(52));
    }

    @Test
    void aReviewRescoresEveryNeedAndSetsTheNextDate() {
        CafCase c = planned();
        Map<UUID, ProgressEntry> progress = new LinkedHashMap<>();
        progress.put(c.needs().get(0).id(), new ProgressEntry(Progress.IMPROVED, 6));
        progress.put(c.needs().get(1).id(), new ProgressEntry(Progress.NO_CHANGE, 3));
        c.review(MONDAY.plusDays(40), "Attendance up to 88%", "frontline", progress, MONDAY.plusDays(130));
        assertThat(c.needs().get(0).currentScore()).isEqualTo(6);
        assertThat(c.needs().get(0).baselineScore()).isEqualTo(3);
        assertThat(c.nextReviewDueOn()).isEqualTo(MONDAY.plusDays(130));
    }

    @Test
    void aReviewMissingANeedIsRefused() {
        CafCase c = planned();
        assertThatThrownBy(() -> c.review(MONDAY, null, "frontline",
                Map.of(c.needs().get(0).id(), new ProgressEntry(Progress.WORSE, 2)), MONDAY.plusDays(90)))
                .isInstanceOf(InvalidInput.class);
        assertThat(c.reviews()).isEmpty();
        assertThat(c.needs().get(0).currentScore()).isEqualTo(3);
    }

    @Test
    void aReviewOnAClosedCaseIsRefused() {
        CafCase c = planned();
        c.stepUp(MONDAY.plusDays(20), "Disclosure of harm");
        assertThatThrownBy(() -> c.review(MONDAY.plusDays(21), null, "frontline", Map.of(), MONDAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("closed");
    }

    @Test
    void closingNeedsAnOutcomeForEveryNeed() {
        CafCase c = planned();
        assertThatThrownBy(() -> c.close(ClosureReason.NEEDS_MET, MONDAY.plusDays(90), Map.of(), null))
                .isInstanceOf(InvalidInput.class);
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE_PLAN);
    }

    @Test
    void closingRecordsOutcomesAndCancelsOpenActions() {
        CafCase c = planned();
        PlanAction action = c.addAction(c.needs().get(0).id(), "Walking bus", worker, null, MONDAY.plusDays(30));
        Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
        c.needs().forEach(n -> outcomes.put(n.id(), NeedOutcome.MET));
        c.close(ClosureReason.NEEDS_MET, MONDAY.plusDays(90), outcomes, "All goals reached");
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closureReason()).isEqualTo(ClosureReason.NEEDS_MET);
        assertThat(c.needs()).allSatisfy(n -> assertThat(n.outcome()).isEqualTo(NeedOutcome.MET));
        assertThat(action.status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(c.nextDue()).isEmpty();
    }

    @Test
    void closingTwiceIsRefused() {
        CafCase c = planned();
        c.stepUp(MONDAY, "Harm");
        assertThatThrownBy(() -> c.close(ClosureReason.NEEDS_MET, MONDAY, Map.of(), null)).isInstanceOf(Conflict.class);
    }

    @Test
    void stepUpIsNotAClosureReasonAWorkerChooses() {
        CafCase c = planned();
        assertThatThrownBy(() -> c.close(ClosureReason.STEPPED_UP, MONDAY, Map.of(), null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void withdrawingConsentClosesTheCase() {
        CafCase c = consented();
        c.withdrawConsent(MONDAY.plusDays(3), "Family moved to private support");
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closureReason()).isEqualTo(ClosureReason.CONSENT_WITHDRAWN);
        assertThat(c.consentWithdrawnOn()).isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void stepUpClosesWithThatReason() {
        CafCase c = referral();
        c.stepUp(MONDAY, "Disclosure");
        assertThat(c.closureReason()).isEqualTo(ClosureReason.STEPPED_UP);
    }

    @Test
    void actionsNeedAPlanAndOneOfTheCasesNeeds() {
        assertThatThrownBy(() -> consented().addAction(UUID.randomUUID(), "x", worker, null, MONDAY))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> planned().addAction(UUID.randomUUID(), "x", worker, null, MONDAY))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theTeamKeepsLeaversOnRecordButNotInTheCurrentTeam() {
        CafCase c = planned();
        assertThat(c.join(worker, MONDAY)).isTrue();
        assertThat(c.join(worker, MONDAY)).isFalse();
        c.leave(worker, MONDAY.plusDays(5));
        assertThat(c.currentTeam()).isEmpty();
        assertThat(c.team()).hasSize(1);
    }

    @Test
    void aMergedChildIsReplacedByTheRecordKept() {
        CafCase c = referral();
        UUID kept = UUID.randomUUID();
        assertThat(c.replaceChild(child, kept)).isTrue();
        assertThat(c.children()).containsExactly(kept);
    }
}
