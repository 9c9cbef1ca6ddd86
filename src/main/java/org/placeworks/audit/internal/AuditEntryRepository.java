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
}
