package org.placeworks.estate.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.placeworks.estate.EngagementKind;

@ApplicationScoped
public class EngagementEventRepository implements PanacheRepositoryBase<EngagementEvent, UUID> {

    /** One page of the events the reader may see, of a kind and at a place when asked, newest first. */
    public List<EngagementEvent> page(EngagementScope.Ground ground, EngagementKind kind, UUID placeId, int index, int size) {
        Query q = query(ground, kind, placeId);
        return find(q.where, Sort.descending("heldOn", "recordedAt").and("id"), q.parameters).page(Page.of(index, size)).list();
    }

    public long count(EngagementScope.Ground ground, EngagementKind kind, UUID placeId) {
        Query q = query(ground, kind, placeId);
        return count(q.where, q.parameters);
    }

    private record Query(String where, Parameters parameters) {
    }

    private static Query query(EngagementScope.Ground ground, EngagementKind kind, UUID placeId) {
        List<String> seen = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!ground.services().isEmpty()) {
            seen.add("owningServiceId in :services");
            parameters.and("services", ground.services());
        }
        if (!ground.estates().isEmpty()) {
            seen.add("estateId in :estates");
            parameters.and("estates", ground.estates());
        }
        if (!ground.neighbourhoods().isEmpty()) {
            seen.add("neighbourhoodId in :neighbourhoods");
            parameters.and("neighbourhoods", ground.neighbourhoods());
        }
        StringBuilder where = new StringBuilder(seen.isEmpty() ? "1 = 0" : "(" + String.join(" or ", seen) + ")");
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (placeId != null) {
            where.append(" and (estateId = :place or neighbourhoodId = :place)");
            parameters.and("place", placeId);
        }
        return new Query(where.toString(), parameters);
    }
}
