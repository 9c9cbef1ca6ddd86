package org.placeworks.organisation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {
    public List<Agency> all() {
        return listAll(Sort.by("name"));
    }

    public Optional<Agency> byName(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase()).firstResultOptional();
    }
}
