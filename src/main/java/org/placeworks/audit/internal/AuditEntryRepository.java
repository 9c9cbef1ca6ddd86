package org.placeworks.audit.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    public List<AuditEntry> forRecord(String kind, String id, int limit) {
        return find("recordKind = ?1 and recordId = ?2", Sort.descending("at"), kind, id).page(Page.ofSize(limit)).list();
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
        getEntityManager().unwrap(org.hibernate.Session.class).createNativeQuery(
                "insert into audit_entry (id, at, actor, action, record_kind, record_id, summary) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .addSynchronizedQuerySpace("audit_entry")
                .setParameter(1, UUID.randomUUID()).setParameter(2, at).setParameter(3, actor).setParameter(4, action.name())
                .setParameter(5, recordKind).setParameter(6, recordId).setParameter(7, summary).executeUpdate();
    }
}
