package org.placeworks.estate.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.estate.EngagementKind;

@ApplicationScoped
public class EngagementEventRepository implements PanacheRepositoryBase<EngagementEvent, UUID> {

    /** One page of the events the reader may see, of a kind and at a place when asked, newest first. */
    public List<EngagementEvent> page(EstateScope scope, EngagementKind kind, UUID placeId, int index, int size) {
        Map<String, Object> parameters = new HashMap<>();
        return org.placeworks.shared.RowWindow.of(find(where(scope, kind, placeId, parameters),
                Sort.descending("heldOn", "recordedAt").and("id"), parameters), (long) index * size, size);
    }

    public long count(EstateScope scope, EngagementKind kind, UUID placeId) {
        Map<String, Object> parameters = new HashMap<>();
        return count(where(scope, kind, placeId, parameters), parameters);
    }

    private static String where(EstateScope scope, EngagementKind kind, UUID placeId, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(scope.where("owningServiceId", "neighbourhoodId", "estateId", parameters));
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (placeId != null) {
            where.append(" and (estateId = :place or neighbourhoodId = :place)");
            parameters.put("place", placeId);
        }
        return where.toString();
    }

    public List<EngagementEvent> byIds(java.util.Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), EngagementEvent.class, ids);
    }
}
