package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored boundaries (GeoJSON) of the neighbourhoods on a map, read in one read-only statement
 * rather than one per neighbourhood, so that drawing the map costs the same however many there are.
 */
@ApplicationScoped
public class NeighbourhoodBoundaries {

    @Inject
    EntityManager em;

    /** Each neighbourhood's boundary; a neighbourhood with none is absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> of(Collection<UUID> neighbourhoods) {
        Map<UUID, String> boundaries = new HashMap<>();
        if (neighbourhoods.isEmpty()) {
            return boundaries;
        }
        List<Object[]> rows = em.createNativeQuery("select id, boundary_geojson from area where id = any(:ids) and boundary_geojson is not null")
                .setParameter("ids", neighbourhoods.toArray(UUID[]::new)).getResultList();
        for (Object[] row : rows) {
            boundaries.put((UUID) row[0], (String) row[1]);
        }
        return boundaries;
    }
}
