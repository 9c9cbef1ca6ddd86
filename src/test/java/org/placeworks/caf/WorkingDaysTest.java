package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(List.of(
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1),
            LocalDate.of(2026, 5, 4)));

    @Test
    void tenWorkingDaysFromAMondayIsTheMondayTwoWeeksLater() {
        assertThat(days.after(LocalDate.of(2026, 11, 2), 10)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void weekendsAreSkipped() {
        assertThat(days.after(LocalDate.of(2026, 11, 6), 1)).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void consentOnASaturdayCountsFromMonday() {
        assertThat(days.after(LocalDate.of(2026, 11, 7), 1)).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void christmasAndNewYearBankHolidaysAreSkipped() {
        // 24 Dec 2026 is a Thursday; 25 (Fri), 28 (Mon, substitute Boxing Day) and 1 Jan are holidays.
        assertThat(days.after(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(days.after(LocalDate.of(2026, 12, 24), 10)).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void aBankHolidayMondayIsNotAWorkingDay() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 4))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 5))).isTrue();
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertThat(days.after(LocalDate.of(2026, 11, 7), 0)).isEqualTo(LocalDate.of(2026, 11, 7));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> days.after(LocalDate.of(2026, 11, 7), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
