package org.placeworks.grant;

import java.time.LocalDate;
import java.time.YearMonth;

/** A council financial year, 1 April to 31 March, named by the year it starts in ("2026/27"). */
public record FinancialYear(int startYear) {

    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** Months of the year begun by this day, 1 to 12 (0 before the year starts, 12 after it ends). */
    public int monthsElapsed(LocalDate day) {
        if (day.isBefore(firstDay())) {
            return 0;
        }
        if (day.isAfter(lastDay())) {
            return 12;
        }
        return (int) (YearMonth.from(firstDay()).until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
