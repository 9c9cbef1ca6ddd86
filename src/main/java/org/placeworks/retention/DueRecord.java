package org.placeworks.retention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A record past its retention rule, as the data protection officer sees it: enough to decide (its kind, a reference,
 * the dates and the rule), and no more personal data than that. No name, address or date of birth.
 */
public record DueRecord(RecordType type, UUID id, String reference, LocalDate lastActivity, LocalDate dueOn, String rule) {
}
