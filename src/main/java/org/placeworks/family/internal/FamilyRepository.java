package org.placeworks.family.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    public List<Family> byIds(Collection<UUID> ids) {
        // One array parameter however many ids: PostgreSQL allows at most 65,535 parameters in a statement.
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Family> found = getEntityManager().createNativeQuery("select * from family where id = any(:ids)", Family.class)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        return found;
    }
}
