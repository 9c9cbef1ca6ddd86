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
        return ofServicesOrPanels("", serviceIds, panelIds, "year_start desc, name, id").getResultList();
    }

    public List<Fund> ofYear(int yearStart, java.util.Collection<UUID> serviceIds, java.util.Collection<UUID> panelIds) {
        return ofServicesOrPanels("year_start = :year and ", serviceIds, panelIds, "name, id").setParameter("year", yearStart)
                .getResultList();
    }

    /** The services and panels bound as two arrays, whatever their number (docs/performance.md, shared.ByIds). */
    @SuppressWarnings("unchecked")
    private org.hibernate.query.NativeQuery<Fund> ofServicesOrPanels(String where, java.util.Collection<UUID> serviceIds,
            java.util.Collection<UUID> panelIds, String order) {
        return getSession().createNativeQuery("select * from grant_fund where " + where
                + "(service_id = any(:services) or panel_id = any(:panels)) order by " + order, Fund.class)
                .setParameter("services", serviceIds.toArray(UUID[]::new)).setParameter("panels", panelIds.toArray(UUID[]::new));
    }

    public List<Fund> ofYear(int yearStart) {
        return list("yearStart", Sort.by("name"), yearStart);
    }
}
