package org.placeworks.geography.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.geography.AreaKind;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, UUID> {

    public List<Area> all() {
        return listAll(Sort.by("kind").and("name"));
    }

    public List<Area> ofKind(AreaKind kind) {
        return list("kind", Sort.by("name"), kind);
    }

    public Optional<Area> byCode(String code) {
        return find("code = ?1 order by vintage desc", code).firstResultOptional();
    }

    public boolean codeTaken(String code, int vintage, UUID except) {
        return count("code = ?1 and vintage = ?2 and id <> ?3", code, vintage,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    public long children(UUID id) {
        return count("parentId", id);
    }

    public List<Area> byIds(java.util.Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), Area.class, ids);
    }
}
