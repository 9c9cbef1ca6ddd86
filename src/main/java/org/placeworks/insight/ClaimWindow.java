package org.placeworks.insight;

import java.time.LocalDate;

/**
 * A Supporting Families claim window: windows run from 1 April in blocks of a whole number of months that divides
 * the year (3: financial quarters, 6: half years, 12: the financial year). A family is claimed at most once in one.
 */
public record ClaimWindow(LocalDate start, LocalDate end) {

    public static ClaimWindow containing(LocalDate day, int months) {
        if (months < 1 || 12 % months != 0) {
            throw new IllegalArgumentException("A claim window must be 1, 2, 3, 4, 6 or 12 months long, not " + months);
        }
        int sinceApril = Math.floorMod(day.getMonthValue() - 4, 12);
        LocalDate start = day.withDayOfMonth(1).minusMonths(sinceApril % months);
        return new ClaimWindow(start, start.plusMonths(months).minusDays(1));
    }
}
