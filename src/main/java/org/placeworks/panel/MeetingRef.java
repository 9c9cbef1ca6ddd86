package org.placeworks.panel;

import java.time.LocalDate;
import java.util.UUID;

/** A panel meeting as other features refer to it. */
public record MeetingRef(UUID id, UUID panelId, String panelName, LocalDate date, MeetingStatus status, boolean quorate) {
}
