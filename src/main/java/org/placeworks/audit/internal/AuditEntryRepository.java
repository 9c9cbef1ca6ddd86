package org.placeworks.audit.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.shared.TimeOrderedIds;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    /**
     * The newest {@code limit} entries of a record, as the views a page shows: read as values, not entities, since
     * nothing changes them (a case page shows 50, and the page is its staff's most opened).
     */
    public List<AuditEntryView> forRecord(String kind, String id, int limit) {
        return getEntityManager().createQuery("select new org.placeworks.audit.AuditEntryView(e.at, e.actor, e.action,"
                + " e.recordKind, e.recordId, e.summary) from AuditEntry e where e.recordKind = :kind and e.recordId = :id"
                + " order by e.at desc", AuditEntryView.class)
                .setParameter("kind", kind).setParameter("id", id).setMaxResults(limit).getResultList();
    }

    /**
     * The newest {@code limit} entries of each of these records, in one query (one array parameter): for a page
     * that shows the trail of a record and of everything in it (a family and its people).
     */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> forRecords(String kind, java.util.Collection<String> ids, int limit) {
        return ids.isEmpty() ? List.of() : getEntityManager().createNativeQuery("select e.* from unnest(cast(:ids as text[])) r(id)"
                + " cross join lateral (select * from audit_entry a where a.record_kind = :kind and a.record_id = r.id"
                + " order by a.at desc limit :limit) e", AuditEntry.class)
                .setParameter("ids", ids.toArray(String[]::new)).setParameter("kind", kind).setParameter("limit", limit)
                .getResultList();
    }

    /**
     * One INSERT at once, not an entity left for the flush: a read-only reading (no flush, no dirty
     * checking, as the case page reads) still writes its row, and a write does not make the whole session be
     * checked for it. Synchronised on the audit table only, so the insert flushes nothing else first.
     */
    public void append(java.time.Instant at, String actor, org.placeworks.audit.AuditAction action, String recordKind,
            String recordId, String summary) {
        append(at, actor, null, action, recordKind, recordId, summary, ALLOWED);
    }

    public static final String ALLOWED = "ALLOWED";
    public static final String DENIED = "DENIED";

    /** The same, with the roles the actor held and whether the access was given ({@link #ALLOWED}) or refused ({@link #DENIED}). */
    public void append(java.time.Instant at, String actor, String actorRoles, org.placeworks.audit.AuditAction action, String recordKind,
            String recordId, String summary, String outcome) {
        appendAll(List.of(new AuditRow(at, actor, actorRoles, action, recordKind, recordId, summary, outcome)));
    }

    /** Each column of the rows as one array: the same text for any number of rows, prepared once. */
    private static final String INSERT_ROWS = "insert into audit_entry (id, at, actor, actor_roles, action, record_kind, record_id,"
            + " summary, outcome) select * from unnest(cast(:id as uuid[]), cast(:at as timestamptz[]), cast(:actor as text[]),"
            + " cast(:roles as text[]), cast(:action as text[]), cast(:kind as text[]), cast(:record as text[]),"
            + " cast(:summary as text[]), cast(:outcome as text[]))";

    /**
     * These rows as one INSERT, however many (a reading's entries, see {@link ReadingEntries}), in their order: nine
     * array parameters, never one a row, so that the statement's text and plan are the same for one row or two hundred.
     * Each id is in time order ({@link TimeOrderedIds}): the trail's most frequent write appends to its key's index.
     */
    public void appendAll(List<AuditRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[] id = new String[n], at = new String[n], actor = new String[n], roles = new String[n], action = new String[n],
                kind = new String[n], record = new String[n], summary = new String[n], outcome = new String[n];
        for (int i = 0; i < n; i++) {
            AuditRow r = rows.get(i);
            id[i] = TimeOrderedIds.at(r.at()).toString();
            at[i] = r.at().toString();
            actor[i] = r.actor();
            roles[i] = r.actorRoles();
            action[i] = r.action().name();
            kind[i] = r.recordKind();
            record[i] = r.recordId();
            summary[i] = r.summary();
            outcome[i] = r.outcome();
        }
        getEntityManager().unwrap(org.hibernate.Session.class).createNativeQuery(INSERT_ROWS)
                .addSynchronizedQuerySpace("audit_entry")
                .setParameter("id", id).setParameter("at", at).setParameter("actor", actor).setParameter("roles", roles)
                .setParameter("action", action).setParameter("kind", kind).setParameter("record", record)
                .setParameter("summary", summary).setParameter("outcome", outcome)
                .executeUpdate();
    }

    /** Entries matching the query, newest first, at most {@code limit}: each filter is an indexed column or left out. */
    @SuppressWarnings("unchecked")
    public List<org.placeworks.audit.AuditFinding> search(org.placeworks.audit.AuditQuery q, java.time.Instant from,
            java.time.Instant until, int limit) {
        StringBuilder sql = new StringBuilder("select seq, at, actor, actor_roles, action, record_kind, record_id, summary, outcome"
                + " from audit_entry where true");
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (q.recordKind() != null) {
            sql.append(" and record_kind = :kind");
            params.put("kind", q.recordKind());
        }
        if (q.recordId() != null) {
            sql.append(" and record_id = :id");
            params.put("id", q.recordId());
        }
        if (q.actor() != null) {
            sql.append(" and actor = :actor");
            params.put("actor", q.actor());
        }
        if (from != null) {
            sql.append(" and at >= :from");
            params.put("from", from);
        }
        if (until != null) {
            sql.append(" and at < :until");
            params.put("until", until);
        }
        if (q.deniedOnly()) {
            sql.append(" and outcome = 'DENIED'");
        }
        var query = getEntityManager().createNativeQuery(sql.append(" order by at desc, seq desc limit :limit").toString());
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new org.placeworks.audit.AuditFinding(
                ((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3],
                org.placeworks.audit.AuditAction.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8]))
                .toList();
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
