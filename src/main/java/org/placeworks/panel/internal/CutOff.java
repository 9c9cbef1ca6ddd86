package org.placeworks.panel.internal;

import java.time.LocalDate;

/** The last day a case may be listed for a meeting: the given number of days before it. */
public final class CutOff {

    private CutOff() {
    }

    public static LocalDate of(LocalDate meetingDate, int daysBefore) {
        return meetingDate.minusDays(daysBefore);
    }

    /** Whether something submitted on {@code submittedOn} is in time for the meeting (on the cut-off day counts). */
    public static boolean inTime(LocalDate submittedOn, LocalDate meetingDate, int daysBefore) {
        return !submittedOn.isAfter(of(meetingDate, daysBefore));
    }
}
