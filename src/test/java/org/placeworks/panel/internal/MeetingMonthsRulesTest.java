package org.placeworks.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.BankHolidays;

/** The monthly cadence on the council's calendar: bank holidays move a meeting on, a skipped month has none. */
class MeetingMonthsRulesTest {

    private final BankHolidays calendar = new BankHolidays(List.of(LocalDate.of(2027, 6, 8)));

    @Test
    void aMeetingOnABankHolidayMovesToTheNextWorkingDay() {
        // The last Monday of May 2027 is the spring bank holiday; the first Monday of May the early May one.
        assertThat(new Cadence(Cadence.LAST, DayOfWeek.MONDAY).meetingIn(YearMonth.of(2027, 5), calendar::isBankHoliday))
                .contains(LocalDate.of(2027, 6, 1));
        assertThat(new Cadence(1, DayOfWeek.MONDAY).meetingIn(YearMonth.of(2027, 5), calendar::isBankHoliday))
                .contains(LocalDate.of(2027, 5, 4));
        // Good Friday 2027 is the last Friday of March: the next working day is the Tuesday after Easter Monday.
        assertThat(new Cadence(Cadence.LAST, DayOfWeek.FRIDAY).meetingIn(YearMonth.of(2027, 3), calendar::isBankHoliday))
                .contains(LocalDate.of(2027, 3, 30));
        // A one-off day from configuration moves the second Tuesday of June 2027.
        assertThat(new Cadence(2, DayOfWeek.TUESDAY).meetingIn(YearMonth.of(2027, 6), calendar::isBankHoliday))
                .contains(LocalDate.of(2027, 6, 9));
        // Without the calendar the cadence's day stands.
        assertThat(new Cadence(Cadence.LAST, DayOfWeek.MONDAY).datesFrom(LocalDate.of(2027, 5, 1), 1))
                .containsExactly(LocalDate.of(2027, 5, 31));
    }

    @Test
    void aSkippedMonthHasNoMeetingAndTheCadenceSaysSo() {
        Cadence cadence = new Cadence(2, DayOfWeek.TUESDAY, EnumSet.of(Month.AUGUST, Month.DECEMBER));
        List<LocalDate> year = cadence.datesFrom(LocalDate.of(2027, 4, 1), 12, calendar::isBankHoliday);
        assertThat(year).hasSize(10).noneMatch(d -> d.getMonth() == Month.AUGUST || d.getMonth() == Month.DECEMBER);
        assertThat(cadence.describe()).isEqualTo("second Tuesday of every month except August and December");
        assertThat(cadence.nextAfter(LocalDate.of(2027, 7, 13), calendar::isBankHoliday)).isEqualTo(LocalDate.of(2027, 9, 14));
        assertThat(new Cadence(2, DayOfWeek.TUESDAY).describe()).isEqualTo("second Tuesday of every month");
    }

    @Test
    void aPanelMeetsInAtLeastOneMonth() {
        assertThatThrownBy(() -> new Cadence(2, DayOfWeek.TUESDAY, EnumSet.allOf(Month.class)))
                .isInstanceOf(IllegalArgumentException.class);
        Panel panel = new Panel("Test panel", java.util.UUID.randomUUID(), null, new Cadence(2, DayOfWeek.TUESDAY),
                java.time.LocalTime.of(10, 0), null, 7, 10, 3);
        assertThatThrownBy(() -> panel.skip(EnumSet.allOf(Month.class))).isInstanceOf(org.placeworks.shared.InvalidInput.class);
        panel.skip(Set.of(Month.AUGUST));
        assertThat(panel.skippedMonths()).containsExactly(Month.AUGUST);
        assertThat(panel.cadence().describe()).endsWith("except August");
    }
}
