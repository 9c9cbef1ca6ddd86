package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A date is allowed exactly when it lies within its range, ends included; a refusal always names the field. */
class DateRangeProperties {

    @Property
    void somethingThatHappenedIsAllowedFrom2000ToToday(@ForAll("days") LocalDate today, @ForAll("days") LocalDate day) {
        boolean within = !day.isBefore(DateRange.FIRST_RECORD) && !day.isAfter(today);
        assertThat(DateRange.past(today).problem("The date", day).isEmpty()).as("%s on %s", day, today).isEqualTo(within);
    }

    @Property
    void somethingDueIsAllowedUpToFiveYearsAhead(@ForAll("days") LocalDate today, @ForAll("days") LocalDate day) {
        boolean within = !day.isBefore(DateRange.FIRST_RECORD) && !day.isAfter(today.plusYears(DateRange.YEARS_AHEAD));
        assertThat(DateRange.due(today).problem("The date", day).isEmpty()).isEqualTo(within);
    }

    @Property
    void notBeforeAnEarlierStepRefusesEveryDayBeforeIt(@ForAll("days") LocalDate today, @ForAll("days") LocalDate step,
            @ForAll("days") LocalDate day) {
        DateRange range = DateRange.past(today).notBefore(step, "the request for support");
        boolean within = !day.isBefore(DateRange.FIRST_RECORD) && !day.isBefore(step) && !day.isAfter(today);
        assertThat(range.problem("The closure date", day).isEmpty()).isEqualTo(within);
        if (!within) {
            assertThatThrownBy(() -> range.check("closedOn", "The closure date", day)).isInstanceOf(InvalidInput.class);
        }
    }

    @Property
    void aRefusalNamesTheField(@ForAll("days") LocalDate today, @ForAll("days") LocalDate day) {
        DateRange.due(today).problem("The review date", day).ifPresent(message -> assertThat(message).startsWith("The review date "));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay).edgeCases(c -> c.add(DateRange.FIRST_RECORD, DateRange.FIRST_RECORD.minusDays(1)));
    }
}
