package org.placeworks.intelligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.intelligence.CaseReviewApplicant;
import org.placeworks.intelligence.CaseReviewClock;
import org.placeworks.intelligence.CommunityTriggerSettings;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.shared.BankHolidays;

/** The clocks count working days from receipt: weekends and bank holidays (Christmas, New Year) do not count. */
class CaseReviewClocksTest {

    /** The defaults of the statutory guidance: 10, 15 and 20 working days. */
    static final CommunityTriggerSettings GUIDANCE = new CommunityTriggerSettings() {
        public int triggerThreshold() {
            return 3;
        }

        public int triggerWindowMonths() {
            return 6;
        }

        public int triggerReportWithinMonths() {
            return 1;
        }

        public Set<ReportCategory> triggerCategories() {
            return Set.of(ReportCategory.ANTI_SOCIAL_BEHAVIOUR);
        }

        public int caseReviewAcknowledgeWorkingDays() {
            return 10;
        }

        public int caseReviewDecideWorkingDays() {
            return 15;
        }

        public int caseReviewMeetWorkingDays() {
            return 20;
        }
    };

    private final CaseReviewClocks clocks = new CaseReviewClocks(new BankHolidays(List.of()), GUIDANCE);

    private static CaseReview receivedOn(LocalDate day) {
        return new CaseReview("ACR-TEST", "address:x", new TriggerPlace("address:x", "1 Test Row", "Testfield", null, null, false),
                day, CaseReviewApplicant.VICTIM, null, UUID.randomUUID(), Set.of(UUID.randomUUID()), "intel", Instant.EPOCH);
    }

    @Test
    void clocksOverChristmasSkipTheBankHolidaysAndWeekends() {
        // Thursday 17 December 2026: Christmas Day (Fri), Boxing Day's substitute (Mon 28th) and New Year's Day (Fri) do not count.
        List<CaseReviewClock> c = clocks.of(receivedOn(LocalDate.of(2026, 12, 17)), LocalDate.of(2026, 12, 17));

        assertThat(c).extracting(CaseReviewClock::name).containsExactly("Acknowledge", "Decide", "Meet");
        assertThat(c).extracting(CaseReviewClock::dueOn).containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12),
                LocalDate.of(2027, 1, 19));
        assertThat(c.get(0).workingDaysLeft()).isEqualTo(10);
        assertThat(c).noneMatch(CaseReviewClock::overdue);
    }

    @Test
    void aRunningClockCountsDownAndThenOverdueInWorkingDays() {
        CaseReview review = receivedOn(LocalDate.of(2026, 12, 17));

        assertThat(clocks.of(review, LocalDate.of(2027, 1, 4)).get(0).workingDaysLeft()).isEqualTo(1);
        assertThat(clocks.of(review, LocalDate.of(2027, 1, 5)).get(0).workingDaysLeft()).isZero();
        assertThat(clocks.of(review, LocalDate.of(2027, 1, 5)).get(0).overdue()).isFalse();
        // The weekend after the due day adds nothing: overdue by 1 working day on Wednesday, 4 by the Monday after.
        assertThat(clocks.of(review, LocalDate.of(2027, 1, 6)).get(0).overdueBy()).isEqualTo(1);
        assertThat(clocks.of(review, LocalDate.of(2027, 1, 11)).get(0).overdueBy()).isEqualTo(4);
    }

    @Test
    void aClockDoneStopsAndTheMeetingClockIsNotNeededWhenTheThresholdIsNotMet() {
        CaseReview review = receivedOn(LocalDate.of(2026, 12, 17));
        review.decide(false, "Only two complaints qualify", LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 14));

        List<CaseReviewClock> c = clocks.of(review, LocalDate.of(2027, 2, 1));

        assertThat(c.get(0).doneOn()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(c.get(0).late()).isTrue();
        assertThat(c.get(1).running()).isFalse();
        assertThat(c.get(1).late()).isTrue();
        assertThat(c.get(2).notNeeded()).isTrue();
        assertThat(c).noneMatch(CaseReviewClock::overdue);
    }
}
