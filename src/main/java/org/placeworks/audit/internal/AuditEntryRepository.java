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
}
