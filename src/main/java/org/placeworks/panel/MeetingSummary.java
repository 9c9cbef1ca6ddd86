package org.placeworks.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A line of a list of meetings. */
public record MeetingSummary(UUID id, UUID panelId, String panelName, LocalDate date, LocalTime startTime,
        MeetingStatus status, LocalDate cutOff) {
}
