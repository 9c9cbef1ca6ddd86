package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates are checked against the record's own timeline and a sensible range. */
class DateRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void somethingThatHappenedIsNotInTheFutureNorBeforeAnyRecord() {
        DateRange past = DateRange.past(TODAY);
        assertThat(past.problem("The closure date", TODAY)).isEmpty();
        assertThat(past.problem("The closure date", TODAY.plusDays(1))).contains("The closure date must be today or in the past");
        assertThat(past.problem("The date of the request", LocalDate.of(1900, 1, 1)))
                .contains("The date of the request must be in 2000 or later");
    }

    @Test
    void aStepIsNotBeforeTheLatestStepBeforeIt() {
        DateRange range = DateRange.past(TODAY).notBefore(LocalDate.of(2026, 10, 5), "the request for support")
                .notBefore(LocalDate.of(2026, 9, 1), "an earlier step").notBefore(null, "nothing");
        assertThat(range.problem("The closure date", LocalDate.of(2026, 10, 4)))
                .contains("The closure date cannot be before the request for support (5 October 2026)");
        assertThat(range.problem("The closure date", LocalDate.of(2026, 10, 5))).isEmpty();
    }

    @Test
    void somethingDueIsWithinAFewYears() {
        assertThat(DateRange.due(TODAY).problem("The due date", TODAY.plusYears(5))).isEmpty();
        assertThat(DateRange.due(TODAY).problem("The due date", LocalDate.of(2206, 1, 1)))
                .contains("The due date must be before 2 December 2031");
    }

    @Test
    void aRefusalNamesTheField() {
        assertThatThrownBy(() -> DateRange.past(TODAY).check("closedOn", "The closure date", TODAY.plusYears(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("closedOn"));
    }
}
