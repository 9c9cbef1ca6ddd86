package org.placeworks.intelligence;

import java.time.LocalDate;
import java.util.UUID;

/** A report counted towards a Community Trigger: its reference and dates, nothing of what happened. */
public record LinkedReport(UUID reportId, String reference, LocalDate occurredOn, LocalDate receivedOn) {
}
