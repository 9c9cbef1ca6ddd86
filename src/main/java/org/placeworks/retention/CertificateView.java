package org.placeworks.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A disposal certificate: all that is left of a disposed record. */
public record CertificateView(UUID id, String number, RecordType type, String reference, LocalDate lastActivity,
        LocalDate dueOn, String rule, int rowsRemoved, int filesRemoved, String reason, String approvedBy, Instant disposedAt) {
}
