package org.placeworks.estate;

import java.time.LocalDate;
import java.util.UUID;

/** An engagement event as one row of the list. */
public record EngagementSummary(UUID id, EngagementKind kind, String title, LocalDate heldOn, boolean planned,
        String place, String serviceName, Integer attendance, long openActions) {
}
