package org.placeworks.organisation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AccessGrantRepository implements PanacheRepositoryBase<AccessGrant, UUID> {
    public boolean granted(String recordKind, UUID recordId, UUID staffId) {
        return count("recordKind = ?1 and recordId = ?2 and staffId = ?3 and revokedAt is null", recordKind, recordId, staffId) > 0;
    }

    public java.util.List<AccessGrant> active(String recordKind, UUID recordId, UUID staffId) {
        return list("recordKind = ?1 and recordId = ?2 and staffId = ?3 and revokedAt is null", recordKind, recordId, staffId);
    }
}
