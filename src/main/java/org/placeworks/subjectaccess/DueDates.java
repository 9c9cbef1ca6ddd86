package org.placeworks.subjectaccess;

import java.time.LocalDate;

/**
 * When a subject access request must be answered (UK GDPR Art. 12(3)): one calendar month from the day it was
 * received, the same day of the next month, or that month's last day when it has no such day (31 January: 28 or
 * 29 February). It may be extended by two further months (three calendar months from receipt, by the same rule).
 * {@link LocalDate#plusMonths} already ends a short month on its last day, which is the ICO's reading.
 */
public final class DueDates {

    private DueDates() {
    }

    public static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    public static LocalDate extendedTo(LocalDate receivedOn) {
        return receivedOn.plusMonths(3);
    }
}
