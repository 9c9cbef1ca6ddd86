package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.insight.ClaimCriteria.Facts;
import org.placeworks.insight.ClaimCriteria.NeedFact;
import org.placeworks.insight.internal.ClaimRepository.CaseFacts;
import org.placeworks.insight.internal.ClaimRepository.NeedFacts;

/** Our reading of the Supporting Families results rule: a family meeting every criterion is claimable; missing any one, not. */
class ClaimCriteriaTest {

    private static final LocalDate ASSESSED = LocalDate.of(2025, 9, 15);
    private static final LocalDate CLOSED = LocalDate.of(2026, 3, 31);
    private static final LocalDate CHECKED = LocalDate.of(2026, 10, 5);

    private static NeedFact met(HeadlineOutcome h) {
        return new NeedFact(h, NeedOutcome.MET, true, true);
    }

    private static List<NeedFact> threeMetAndHeld() {
        return List.of(met(HeadlineOutcome.EDUCATION), met(HeadlineOutcome.HOUSING), met(HeadlineOutcome.FINANCIAL_STABILITY));
    }

    private static Facts facts(List<NeedFact> needs) {
        return new Facts(true, ASSESSED, ClosureReason.NEEDS_MET, CLOSED, CHECKED, needs);
    }

    @Test
    void aFamilyMeetingEveryCriterionIsClaimedForSustainedProgress() {
        assertThat(ClaimCriteria.unmet(facts(threeMetAndHeld()))).isEmpty();
        assertThat(ClaimCriteria.route(facts(threeMetAndHeld()))).contains(ClaimRoute.SUSTAINED_PROGRESS);
    }

    @Test
    void needsUnderFewerThanThreeHeadlineOutcomesAreNotClaimable() {
        Facts twoHeadlines = facts(List.of(met(HeadlineOutcome.EDUCATION), met(HeadlineOutcome.EDUCATION), met(HeadlineOutcome.HOUSING)));
        assertThat(ClaimCriteria.claimable(twoHeadlines)).isFalse();
        assertThat(ClaimCriteria.unmet(twoHeadlines)).containsExactly("needs under fewer than 3 headline outcomes");
    }

    @Test
    void noLeadProfessionalIsNotClaimable() {
        Facts f = new Facts(false, ASSESSED, ClosureReason.NEEDS_MET, CLOSED, CHECKED, threeMetAndHeld());
        assertThat(ClaimCriteria.unmet(f)).containsExactly("no lead professional");
    }

    @Test
    void noCompletedAssessmentIsNotClaimable() {
        Facts f = new Facts(true, null, ClosureReason.NEEDS_MET, CLOSED, CHECKED, threeMetAndHeld());
        assertThat(ClaimCriteria.unmet(f)).containsExactly("no whole-family assessment completed");
    }

    @Test
    void aNeedWithoutGoalOrActionMeansNoPlanAndNoClaim() {
        List<NeedFact> needs = new ArrayList<>(threeMetAndHeld());
        needs.set(1, new NeedFact(HeadlineOutcome.HOUSING, NeedOutcome.MET, false, true));
        assertThat(ClaimCriteria.unmet(facts(needs))).containsExactly("no plan covering every need");
    }

    @Test
    void aCaseNotClosedWithNeedsMetIsNotClaimable() {
        Facts f = new Facts(true, ASSESSED, ClosureReason.SINGLE_AGENCY, CLOSED, CHECKED, threeMetAndHeld());
        assertThat(ClaimCriteria.unmet(f)).containsExactly("not closed with its needs met");
    }

    @Test
    void anUnrecordedCheckIsNotClaimable() {
        Facts f = new Facts(true, ASSESSED, ClosureReason.NEEDS_MET, CLOSED, null, threeMetAndHeld());
        assertThat(ClaimCriteria.unmet(f)).containsExactly("sustainment check not recorded");
    }

    @Test
    void anOutcomeThatDidNotHoldIsNotClaimableWithoutEmployment() {
        List<NeedFact> needs = List.of(met(HeadlineOutcome.EDUCATION), new NeedFact(HeadlineOutcome.HOUSING, NeedOutcome.MET, true, false),
                met(HeadlineOutcome.HEALTH));
        assertThat(ClaimCriteria.unmet(facts(needs))).containsExactly("outcomes not sustained 6 months after closure");
    }

    @Test
    void aNeedPartlyMetAtClosureIsNotSustainedProgress() {
        List<NeedFact> needs = List.of(met(HeadlineOutcome.EDUCATION), new NeedFact(HeadlineOutcome.HOUSING, NeedOutcome.PARTLY_MET, true, true),
                met(HeadlineOutcome.HEALTH));
        assertThat(ClaimCriteria.claimable(facts(needs))).isFalse();
    }

    @Test
    void continuousEmploymentIsClaimedWhenFinancialStabilityHeldThoughAnotherOutcomeDidNot() {
        List<NeedFact> needs = List.of(met(HeadlineOutcome.EDUCATION), new NeedFact(HeadlineOutcome.HOUSING, NeedOutcome.MET, true, false),
                met(HeadlineOutcome.FINANCIAL_STABILITY));
        assertThat(ClaimCriteria.unmet(facts(needs))).isEmpty();
        assertThat(ClaimCriteria.route(facts(needs))).contains(ClaimRoute.CONTINUOUS_EMPLOYMENT);
    }

    @Test
    void claimWindowsAreFinancialQuartersFromApril() {
        assertThat(ClaimWindow.containing(LocalDate.of(2026, 12, 1), 3))
                .isEqualTo(new ClaimWindow(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(ClaimWindow.containing(LocalDate.of(2027, 3, 31), 3))
                .isEqualTo(new ClaimWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(ClaimWindow.containing(LocalDate.of(2026, 4, 1), 12))
                .isEqualTo(new ClaimWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        assertThat(ClaimWindow.containing(LocalDate.of(2026, 2, 10), 12))
                .isEqualTo(new ClaimWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThatThrownBy(() -> ClaimWindow.containing(LocalDate.of(2026, 2, 10), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CaseFacts caseOf(UUID family, String reference, boolean claimable) {
        List<NeedFacts> needs = List.of(new NeedFacts(HeadlineOutcome.EDUCATION, "Attendance", NeedOutcome.MET, true, true, "96%"),
                new NeedFacts(HeadlineOutcome.HOUSING, "Arrears", NeedOutcome.MET, true, true, "Cleared"),
                new NeedFacts(HeadlineOutcome.HEALTH, "Low mood", NeedOutcome.MET, true, claimable, "GP letter"));
        return new CaseFacts(UUID.randomUUID(), reference, family, UUID.randomUUID(), true, ASSESSED, ClosureReason.NEEDS_MET, CLOSED,
                Instant.parse("2026-10-05T10:00:00Z"), needs);
    }

    @Test
    void aFamilyIsListedOncePerClaimWindow() {
        UUID family = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<CaseFacts> facts = List.of(caseOf(family, "EH-1", true), caseOf(family, "EH-2", true), caseOf(other, "EH-3", true),
                caseOf(UUID.randomUUID(), "EH-4", false));
        assertThat(Claims.claimable(facts, Set.of()).stream().map(ClaimView::caseReference)).containsExactly("EH-1", "EH-3");
        // Claimed already in this window: not listed again, whichever of its cases qualifies.
        assertThat(Claims.claimable(facts, Set.of(family)).stream().map(ClaimView::caseReference)).containsExactly("EH-3");
    }

    @Test
    void theClaimsCsvNeverRunsTypedTextAsAFormula() {
        ClaimView v = new ClaimView(UUID.randomUUID(), "=HYPERLINK(\"http://evil.example\")", ClaimRoute.SUSTAINED_PROGRESS, 3, ASSESSED,
                "@SUM(A1:A9)", CLOSED, CHECKED, List.of("Secure housing: held. Cleared"));
        String csv = Claims.csvOf(List.of(v));
        assertThat(csv).contains("'=HYPERLINK").contains("'@SUM(A1:A9)").doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Case reference,Claim route,");
    }
}
