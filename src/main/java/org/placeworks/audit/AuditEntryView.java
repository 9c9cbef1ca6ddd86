package org.placeworks.audit;

import java.time.Instant;

public record AuditEntryView(Instant at, String actor, AuditAction action, String recordKind, String recordId, String summary) {
}
