package org.placeworks.intelligence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a reporter sees with their receipt code: the reference, the status in plain English, the note
 * officers left for them, and how many times information was added. Nothing else of the report.
 */
public record ReceiptStatus(String reference, ReportCategory category, LocalDate occurredOn, Instant receivedAt,
        ReportStatus status, String note, int additions) {

    public String statusText() {
        return status.reporterText();
    }
}
