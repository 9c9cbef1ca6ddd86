package org.placeworks.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report as the Community Trigger counts it, given when the report is saved: its category, when it
 * happened and when it was made, where (the address, or the estate or neighbourhood chosen, and whether
 * it is outside our area), and, when the reporter said it happened to them, the keyed hashes of their
 * email and phone (never the details themselves).
 */
public record TriggerReport(UUID reportId, String reference, ReportCategory category, LocalDate occurredOn, Instant receivedAt,
        UUID addressId, UUID neighbourhoodId, UUID estateId, boolean outsideArea, boolean victim, String emailMatch,
        String phoneMatch) {
}
