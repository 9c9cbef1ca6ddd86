package org.placeworks.family.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    @SuppressWarnings("unchecked")
    public List<Family> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.stream().distinct().count() == 1) {
            // One id bound as itself: PostgreSQL keeps a generic plan for it, where an array is planned afresh on
            // every call (with the wall's policy, most of the read's cost: docs/performance.md).
            return getEntityManager().createNativeQuery("select * from family where id = :id", Family.class)
                    .setParameter("id", ids.iterator().next()).getResultList();
        }
        // One array parameter however many ids: PostgreSQL allows at most 65,535 parameters in a statement.
        return getEntityManager().createNativeQuery("select * from family where id = any(:ids)", Family.class)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
    }
}
