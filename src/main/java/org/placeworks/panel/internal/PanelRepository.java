package org.placeworks.panel.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanelRepository implements PanacheRepositoryBase<Panel, UUID> {

    public List<Panel> all() {
        return list("select distinct p from Panel p left join fetch p.members order by p.name");
    }

    /**
     * Panels whose locality is one of these, or on which the member of staff sits or chairs, with
     * their members: the candidates a reader's lists are built from, filtered in the query.
     */
    public List<Panel> inLocalitiesOrWith(java.util.Collection<UUID> localities, UUID staffId) {
        return list("select distinct p from Panel p left join fetch p.members where in_array(p.localityId, ?1) or p.chairStaffId = ?2"
                + " or exists (select 1 from p.members pm where pm.memberStaffId = ?2 or pm.deputyStaffId = ?2)"
                + " order by p.name", localities.toArray(UUID[]::new),
                staffId == null ? new UUID(0, 0) : staffId);
    }

    /** A panel with its members, in one query. */
    public Panel withMembers(UUID id) {
        return find("select p from Panel p left join fetch p.members where p.id = ?1", id).singleResultOptional().orElse(null);
    }

    public Optional<Panel> byName(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase()).firstResultOptional();
    }

    /** By name. */
    public List<Panel> byIds(java.util.Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), Panel.class, ids).stream()
                .sorted(java.util.Comparator.comparing(Panel::name)).toList();
    }
}
