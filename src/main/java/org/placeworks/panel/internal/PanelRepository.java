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

    /** A panel with its members, in one query. */
    public Panel withMembers(UUID id) {
        return find("select p from Panel p left join fetch p.members where p.id = ?1", id).singleResultOptional().orElse(null);
    }

    public Optional<Panel> byName(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase()).firstResultOptional();
    }

    public List<Panel> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("name"), ids);
    }
}
