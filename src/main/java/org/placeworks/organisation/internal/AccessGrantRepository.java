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

    /** Which of these records are shared with the member of staff now: one array parameter, not one per record. */
    @SuppressWarnings("unchecked")
    public java.util.Set<UUID> grantedAmong(String recordKind, java.util.Collection<UUID> recordIds, UUID staffId) {
        return java.util.Set.copyOf(getEntityManager().createNativeQuery("select distinct g.record_id from access_grant g"
                + " where g.staff_id = :staff and g.record_kind = :kind and g.record_id = any(:ids) and g.revoked_at is null", UUID.class)
                .setParameter("staff", staffId).setParameter("kind", recordKind)
                .setParameter("ids", recordIds.toArray(UUID[]::new)).getResultList());
    }
}
