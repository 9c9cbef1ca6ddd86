package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one bank holiday calendar: computed for any year, with substitute days, and one-off days from configuration. */
class BankHolidaysTest {

    /** The days gov.uk publishes for England and Wales (the list the council used to type in each year). */
    private static final List<String> PUBLISHED = List.of(
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26");

    @Test
    void theComputedDaysAreThePublishedOnes() {
        Set<LocalDate> computed = new TreeSet<>();
        Stream.of(2025, 2026, 2027, 2028).forEach(y -> computed.addAll(BankHolidays.england(y)));
        assertThat(computed).containsExactlyElementsOf(PUBLISHED.stream().map(LocalDate::parse).sorted().toList());
    }

    @Test
    void christmasAtAWeekendIsSubstitutedOnTheNextFreeWeekdays() {
        // 2027: Christmas on Saturday, Boxing Day on Sunday: Monday 27 and Tuesday 28.
        assertThat(BankHolidays.england(2027)).contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28))
                .doesNotContain(LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
        // 2022: Christmas on Sunday: Boxing Day Monday 26 and the substitute Tuesday 27.
        assertThat(BankHolidays.england(2022)).contains(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
        // 2033: New Year's Day on a Saturday: Monday 3 January.
        assertThat(BankHolidays.england(2033)).contains(LocalDate.of(2033, 1, 3));
    }

    @Test
    void easterIsRightAcrossTheCenturies() {
        assertThat(BankHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void aOneOffDayFromConfigurationIsABankHolidayAndNotAWorkingDay() {
        BankHolidays calendar = new BankHolidays(List.of(LocalDate.of(2023, 5, 8)));
        assertThat(calendar.isBankHoliday(LocalDate.of(2023, 5, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
        assertThat(new BankHolidays(List.of()).isBankHoliday(LocalDate.of(2023, 5, 8))).isFalse();
        assertThat(calendar.workingDayFrom(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
