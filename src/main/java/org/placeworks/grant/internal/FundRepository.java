package org.placeworks.grant.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FundRepository implements PanacheRepositoryBase<Fund, UUID> {

    /** The fund with its row locked until the transaction ends: approvals against it queue here. */
    public Optional<Fund> lockedForAward(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Fund> all() {
        return listAll(Sort.by("yearStart").descending().and("name"));
    }

    /** Funds of these services or decided by these panels, newest year first: a reader's list, filtered in the query. */
    public List<Fund> ofServicesOrPanels(java.util.Collection<UUID> serviceIds, java.util.Collection<UUID> panelIds) {
        return list("serviceId in ?1 or panelId in ?2", Sort.by("yearStart").descending().and("name"),
                orNone(serviceIds), orNone(panelIds));
    }

    public List<Fund> ofYear(int yearStart, java.util.Collection<UUID> serviceIds, java.util.Collection<UUID> panelIds) {
        return list("yearStart = ?1 and (serviceId in ?2 or panelId in ?3)", Sort.by("name"), yearStart,
                orNone(serviceIds), orNone(panelIds));
    }

    private static java.util.Collection<UUID> orNone(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    public List<Fund> ofYear(int yearStart) {
        return list("yearStart", Sort.by("name"), yearStart);
    }
}
