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
import org.placeworks.caf.CafElement;
import org.placeworks.caf.Goal;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.Score;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/** Goals per need, needs about one child, and re-assessment on the aggregate. */
class ReassessmentAndGoalsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
    private final UUID olderChild = UUID.randomUUID();
    private final UUID youngerChild = UUID.randomUUID();

    private CafCase consented() {
        Map<String, HeadlineOutcome> needs = new LinkedHashMap<>();
        needs.put("Poor school attendance", HeadlineOutcome.EDUCATION);
        needs.put("Speech delay", HeadlineOutcome.EARLY_YEARS);
        CafCase c = new CafCase("EH-2026-09001", UUID.randomUUID(), UUID.randomUUID(),
                new Referrer("Pat Teacher", null, "pat@school.example", null), "Two children, different needs",
                Set.of(olderChild, youngerChild), needs, MONDAY, false, AT, "frontline");
        c.recordConsent(List.of(new ConsentGiver("Jo Parent", null, false, null, null)), MONDAY, "Assessment", true, Set.of(),
                Set.of(), MONDAY.plusDays(14), AT, "frontline");
        return c;
    }

    private static Map<UUID, Score> all(CafCase c, int score) {
        Map<UUID, Score> scores = new LinkedHashMap<>();
        c.needs().forEach(n -> scores.put(n.id(), new Score(score)));
        return scores;
    }

    private CafCase planned() {
        CafCase c = consented();
        c.recordAssessment(Map.of(CafElement.LEARNING, new Findings("Loves reading", "Misses Mondays")), all(c, 3), null, null);
        c.completeAssessment(MONDAY.plusDays(10), MONDAY.plusDays(52));
        c.reassessBy(MONDAY.plusDays(10).plusMonths(12));
        return c;
    }

    @Test
    void eachNeedIsAboutOneOfTheCasesChildrenOrTheWholeFamily() {
        CafCase c = consented();
        UUID speech = c.needs().get(1).id();
        c.attributeNeed(speech, youngerChild);
        assertThat(c.need(speech).childId()).isEqualTo(youngerChild);
        assertThatThrownBy(() -> c.attributeNeed(speech, UUID.randomUUID())).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("needs[" + speech + "].child"));
        c.attributeNeed(speech, null);
        assertThat(c.need(speech).childId()).isNull();
    }

    @Test
    void aGoalIsSetClearedAndFollowsAMergedChild() {
        CafCase c = consented();
        UUID attendance = c.needs().get(0).id();
        c.setGoal(attendance, new Goal("Gets to school every day", "Attendance over 95% in the school's register"));
        assertThat(c.need(attendance).goal()).contains(new Goal("Gets to school every day", "Attendance over 95% in the school's register"));
        c.attributeNeed(attendance, olderChild);
        UUID kept = UUID.randomUUID();
        c.replaceChild(olderChild, kept);
        assertThat(c.need(attendance).childId()).isEqualTo(kept);
        c.setGoal(attendance, null);
        assertThat(c.need(attendance).goal()).isEmpty();
    }

    @Test
    void theReassessmentIsDueNextOnlyWhenItComesBeforeTheNextReview() {
        CafCase c = planned();
        assertThat(c.nextDue()).get().extracting(Due::what).isEqualTo("Review the plan");
        c.reassessBy(MONDAY.plusDays(20));
        assertThat(c.nextDue()).get().extracting(Due::what, Due::on).containsExactly("Re-assess the family", MONDAY.plusDays(20));
    }

    @Test
    void aReassessmentReplacesFindingsAndScoresAndKeepsTheBaseline() {
        CafCase c = planned();
        EarlierAssessment kept = new EarlierAssessment(c, 1, MONDAY.plusMonths(12), "frontline");
        c.reassess(Map.of(CafElement.HEALTH, new Findings("Sleeping well", null)), all(c, 7), "School is better", null,
                MONDAY.plusMonths(12), MONDAY.plusMonths(24));
        assertThat(c.findings()).containsOnlyKeys(CafElement.HEALTH);
        assertThat(c.needs()).allSatisfy(n -> {
            assertThat(n.baselineScore()).isEqualTo(3);
            assertThat(n.currentScore()).isEqualTo(7);
        });
        assertThat(c.assessmentCompletedOn()).isEqualTo(MONDAY.plusMonths(12));
        assertThat(c.reassessmentDueOn()).isEqualTo(MONDAY.plusMonths(24));
        assertThat(kept.findings()).containsOnlyKeys(CafElement.LEARNING);
        assertThat(kept.scores().values()).containsOnly(3);
        assertThat(kept.completedOn()).isEqualTo(MONDAY.plusDays(10));
    }

    @Test
    void aReassessmentNeedsANewScoreForEveryNeedAndAnActivePlan() {
        CafCase planned = planned();
        Map<UUID, Score> one = Map.of(planned.needs().get(0).id(), new Score(5));
        assertThatThrownBy(() -> planned.reassess(Map.of(CafElement.HEALTH, new Findings("x", null)), one, null, null, MONDAY,
                MONDAY.plusYears(1))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("needs[" + planned.needs().get(1).id() + "].score"));
        assertThat(planned.needs()).allSatisfy(n -> assertThat(n.currentScore()).isEqualTo(3));
        CafCase assessing = consented();
        assertThatThrownBy(() -> assessing.reassess(Map.of(CafElement.HEALTH, new Findings("x", null)), all(assessing, 5), null, null,
                MONDAY, MONDAY.plusYears(1))).isInstanceOf(Conflict.class);
    }
}
