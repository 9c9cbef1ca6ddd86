package org.placeworks.panel;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The months a panel meets in: those it skips, its cadence in words, its next meetings, and any
 * meeting still in a skipped month because cases are already on its agenda (to be moved or cancelled
 * from its page).
 */
public record MeetingMonths(UUID panelId, String panelName, String cadence, Set<Month> skipped, List<LocalDate> nextMeetings,
        List<LocalDate> keptInSkippedMonths, long version) {
}
