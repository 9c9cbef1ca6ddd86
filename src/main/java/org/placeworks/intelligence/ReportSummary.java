package org.placeworks.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the officers' list of reports. */
public record ReportSummary(UUID id, String reference, ReportCategory category, ReportStatus status, Instant receivedAt,
        LocalDate occurredOn, String place, boolean outsideArea, ReportChannel channel) {
}
