package org.placeworks.audit;

import java.time.Instant;

/** One entry of the trail as a search shows it: who, in which roles, did what to which record, allowed or refused. */
public record AuditFinding(long seq, Instant at, String actor, String actorRoles, AuditAction action, String recordKind,
        String recordId, String summary, String outcome) {
}
