package org.placeworks.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retention schedule's arithmetic, with the council's defaults: 25, 6, 6 and 2 years. */
class RetentionRulesTest {

    private final RetentionRules rules = new RetentionRules(25, 6, 6, 2);

    @Test
    void earlyHelpRecordsAreKeptUntilTheYoungestChildIs25() {
        LocalDate eldest = LocalDate.of(1990, 3, 1);
        LocalDate youngest = LocalDate.of(1995, 7, 14);
        assertThat(rules.earlyHelpDue(List.of(eldest, youngest), LocalDate.of(2010, 1, 5), false))
                .contains(LocalDate.of(2020, 7, 14));
    }

    @Test
    void neverBeforeTheLastCaseClosed() {
        LocalDate born = LocalDate.of(2000, 1, 1);
        LocalDate closed = LocalDate.of(2026, 2, 3);
        assertThat(rules.earlyHelpDue(List.of(born), closed, false)).contains(closed);
    }

    @Test
    void anUnbornChildCountsFromItsExpectedDate() {
        LocalDate expected = LocalDate.of(2027, 4, 30);
        assertThat(rules.earlyHelpDue(List.of(LocalDate.of(2015, 1, 1), expected), LocalDate.of(2026, 1, 1), false))
                .contains(LocalDate.of(2052, 4, 30));
    }

    @Test
    void aFamilyWithNoChildIsKeptSixYearsAfterItsLastCase() {
        assertThat(rules.earlyHelpDue(List.of(), LocalDate.of(2020, 2, 29), false)).contains(LocalDate.of(2026, 2, 28));
    }

    @Test
    void anOpenCaseIsNeverDue() {
        assertThat(rules.earlyHelpDue(List.of(LocalDate.of(1960, 1, 1)), LocalDate.of(1980, 1, 1), true)).isEmpty();
    }

    @Test
    void aRecordIsDueOnItsDayAndNotTheDayBefore() {
        LocalDate due = LocalDate.of(2026, 12, 2);
        assertThat(RetentionRules.isDue(due, due)).isTrue();
        assertThat(RetentionRules.isDue(due, due.minusDays(1))).isFalse();
        assertThat(RetentionRules.isDue(due, due.plusDays(1))).isTrue();
    }

    @Test
    void intelligenceAndSubjectAccessCountFromTheirEnd() {
        assertThat(rules.intelligenceDue(LocalDate.of(2019, 5, 31))).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(rules.subjectAccessDue(LocalDate.of(2024, 11, 1))).isEqualTo(LocalDate.of(2026, 11, 1));
    }
}
