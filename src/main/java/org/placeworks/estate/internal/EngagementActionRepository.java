package org.placeworks.estate.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EngagementActionRepository implements PanacheRepositoryBase<EngagementAction, UUID> {

    public List<EngagementAction> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by dueOn, createdAt, id", eventId);
    }

    /** A person's open actions, soonest due (so the overdue ones) first. */
    public List<EngagementAction> openOwnedBy(UUID staffId) {
        return list("ownerStaffId = ?1 and doneOn is null order by dueOn, createdAt, id", staffId);
    }

    /** How many actions are still open on each of these events, in one query. */
    public Map<UUID, Long> openCounts(Collection<UUID> eventIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select a.eventId, count(a) from EngagementAction a where in_array(a.eventId, :events) "
                + "and a.doneOn is null group by a.eventId", Object[].class).setParameter("events", eventIds.toArray(UUID[]::new))
                .getResultList().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
