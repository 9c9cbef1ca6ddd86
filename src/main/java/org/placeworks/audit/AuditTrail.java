package org.placeworks.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.placeworks.audit.internal.AuditEntry;
import org.placeworks.audit.internal.AuditEntryRepository;
import org.placeworks.audit.internal.AuditRow;
import org.placeworks.audit.internal.ReadingEntries;
import org.placeworks.identity.CurrentStaff;

/** Records every read and write of personal data, in the caller's transaction so a rolled-back change leaves no entry. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditEntryRepository entries;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @Inject
    AuditPurpose purpose;

    @Inject
    ReadingEntries readingEntries;

    @Inject
    org.placeworks.shared.Reading reading;

    /** In a reading (read-only, see {@link ReadingEntries}), the row is written with the reading's others, at its end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String recordKind, Object recordId, String summary) {
        AuditRow row = new AuditRow(clock.instant(), staff.username(), roles(), action, recordKind, String.valueOf(recordId),
                withPurpose(summary), AuditEntryRepository.ALLOWED);
        if (reading.inReading()) {
            readingEntries.add(row);
        } else {
            entries.appendAll(List.of(row));
        }
    }

    /**
     * One act that touched several records, such as a search that matched people held by other services: a row for
     * each record, with its own summary, written as one statement however many there are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(AuditAction action, String recordKind, java.util.Map<?, String> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        java.time.Instant at = clock.instant();
        String actor = staff.username();
        String roles = roles();
        List<AuditRow> rows = new java.util.ArrayList<>(summaries.size());
        summaries.forEach((recordId, summary) -> rows.add(new AuditRow(at, actor, roles, action, recordKind,
                String.valueOf(recordId), withPurpose(summary), AuditEntryRepository.ALLOWED)));
        if (reading.inReading()) {
            rows.forEach(readingEntries::add);
        } else {
            entries.appendAll(rows);
        }
    }

    /**
     * A refused attempt on a record, in a transaction of its own: the request that was refused rolls back, its
     * refusal stays on the record.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(AuditAction action, String recordKind, Object recordId, String summary) {
        entries.append(clock.instant(), staff.username(), roles(), action, recordKind, String.valueOf(recordId), summary,
                AuditEntryRepository.DENIED);
    }

    /** The summary, with the request's purpose where access came by breaking glass (see {@link AuditPurpose}). */
    private String withPurpose(String summary) {
        String why = io.quarkus.arc.Arc.container().requestContext().isActive() ? purpose.stated() : null;
        return why == null ? summary : summary + " [" + why + "]";
    }

    /** The actor's Placeworks roles (not Keycloak's own defaults), sorted: the capacity they acted in. */
    private String roles() {
        return staff.signedIn() ? staff.roles().stream().filter(org.placeworks.identity.Roles.ALL::contains)
                .collect(java.util.stream.Collectors.joining(",")) : null;
    }

    /**
     * The same, for work nobody signed in for but someone else is answerable for: a report that came in
     * from another system is recorded as that system's, not as "system".
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, AuditAction action, String recordKind, Object recordId, String summary) {
        entries.append(clock.instant(), actor, action, recordKind, String.valueOf(recordId), summary);
    }

    /** A read is audited even when the page itself needs no transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void viewed(String recordKind, Object recordId, String summary) {
        record(AuditAction.VIEW, recordKind, recordId, summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(String recordKind, Object recordId, int limit) {
        readingEntries.write();
        return entries.forRecord(recordKind, String.valueOf(recordId), limit);
    }

    /** The newest {@code limit} entries of each of these records, newest first, read at once (one query however many records). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, List<AuditEntryView>> histories(String recordKind, java.util.Collection<?> recordIds, int limit) {
        readingEntries.write();
        java.util.Map<String, List<AuditEntryView>> byRecord = new java.util.LinkedHashMap<>();
        recordIds.forEach(id -> byRecord.put(String.valueOf(id), new java.util.ArrayList<>()));
        entries.forRecords(recordKind, byRecord.keySet(), limit).stream().map(AuditEntry::view)
                .forEach(v -> byRecord.get(v.recordId()).add(v));
        byRecord.values().forEach(list -> list.sort(java.util.Comparator.comparing(AuditEntryView::at).reversed()));
        return byRecord;
    }

    /** The most a search returns: enough for any one record's history; narrow the dates for more. */
    public static final int SEARCH_LIMIT = 2000;

    /** The data protection officer's search: newest first, at most {@link #SEARCH_LIMIT} entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditFinding> search(AuditQuery query) {
        readingEntries.write();
        java.time.ZoneId london = org.placeworks.shared.Today.LONDON;
        return entries.search(query, query.from() == null ? null : query.from().atStartOfDay(london).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(london).toInstant(), SEARCH_LIMIT);
    }

    /** The same search, itself recorded in the trail: who searched it for what is as much the DPO's business. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<AuditFinding> searchAudited(AuditQuery query) {
        List<AuditFinding> found = search(query);
        record(AuditAction.VIEW, "audit-trail", query.recordKind() == null ? "search" : query.recordKind() + ":" + query.recordId(),
                "Searched the audit trail (" + query + "): " + found.size() + " entries");
        return found;
    }
}
