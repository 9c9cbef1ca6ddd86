package org.placeworks.organisation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.organisation.Strand;

@ApplicationScoped
public class ServiceRepository implements PanacheRepositoryBase<Service, UUID> {
    public List<Service> all() {
        return listAll(Sort.by("name"));
    }

    /** Every service with its boundary and strands, in one statement (not one more per service). */
    public List<Service> allWithGround() {
        return list("select distinct s from Service s left join fetch s.boundary left join fetch s.strands order by s.name");
    }

    public List<Service> delivering(Strand strand) {
        return list("select s from Service s join s.strands st where st = ?1 order by s.name", strand);
    }

    /** By name. */
    public List<Service> byIds(Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), Service.class, ids).stream()
                .sorted(java.util.Comparator.comparing(Service::name)).toList();
    }

    public Optional<Service> byName(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase()).firstResultOptional();
    }
}
