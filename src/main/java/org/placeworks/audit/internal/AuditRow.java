package org.placeworks.audit.internal;

import java.time.Instant;
import org.placeworks.audit.AuditAction;

/** One entry of the trail as it is written: who did what to which record, in what capacity, and whether it was allowed. */
public record AuditRow(Instant at, String actor, String actorRoles, AuditAction action, String recordKind, String recordId,
        String summary, String outcome) {
}
