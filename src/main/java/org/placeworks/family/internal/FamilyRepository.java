package org.placeworks.family.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /**
     * Families by id: one array parameter however many ids (PostgreSQL allows at most 65,535 parameters in a
     * statement), or one id bound as itself, which PostgreSQL plans once rather than on every call (with the wall's
     * policy, most of the read's cost: docs/performance.md).
     */
    public List<Family> byIds(Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), Family.class, ids);
    }
}
