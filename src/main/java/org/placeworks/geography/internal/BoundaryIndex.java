package org.placeworks.geography.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.geography.AreaKind;

/**
 * The neighbourhood and estate boundaries, parsed once and kept in memory so that placing a point (every
 * Open311 report) costs one small query: the fingerprint of the stored boundaries, which changes whenever
 * any of them does (an edit, an import, another copy of the app), and then the cached shapes are read again.
 */
@ApplicationScoped
public class BoundaryIndex {

    /** One area with a boundary, ready to test points against. */
    public record Located(UUID id, AreaKind kind, String code, int vintage, String name, BoundaryShape shape) {
    }

    private record Snapshot(String fingerprint, List<Located> areas) {
    }

    private static final String KINDS = "('NEIGHBOURHOOD', 'ESTATE')";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private volatile Snapshot snapshot = new Snapshot("", List.of());

    /** The first area of the kind (newest vintage, then by code) whose boundary holds the point. */
    public Optional<Located> holding(AreaKind kind, double longitude, double latitude) {
        return current().stream().filter(a -> a.kind() == kind && a.shape().contains(longitude, latitude)).findFirst();
    }

    private List<Located> current() {
        String fingerprint = (String) em.createNativeQuery("select coalesce(md5(string_agg(id::text || ':' || version || ':'"
                + " || md5(boundary_geojson), ',' order by id)), '') from area where boundary_geojson is not null and kind in " + KINDS)
                .getSingleResult();
        Snapshot seen = snapshot;
        if (seen.fingerprint().equals(fingerprint)) {
            return seen.areas();
        }
        Snapshot fresh = new Snapshot(fingerprint, load());
        snapshot = fresh;
        return fresh.areas();
    }

    @SuppressWarnings("unchecked")
    private List<Located> load() {
        List<Object[]> rows = em.createNativeQuery("select id, kind, code, vintage, name, boundary_geojson from area"
                + " where boundary_geojson is not null and kind in " + KINDS).getResultList();
        List<Located> areas = new ArrayList<>();
        for (Object[] row : rows) {
            try {
                BoundaryShape shape = BoundaryShape.of(json.readTree((String) row[5]));
                if (!shape.isEmpty()) {
                    areas.add(new Located((UUID) row[0], AreaKind.valueOf((String) row[1]), (String) row[2],
                            ((Number) row[3]).intValue(), (String) row[4], shape));
                }
            } catch (JsonProcessingException e) {
                // Boundaries are checked as GeoJSON before they are stored; one that cannot be read places nothing.
            }
        }
        areas.sort(Comparator.comparing(Located::vintage).reversed().thenComparing(Located::code));
        return List.copyOf(areas);
    }
}
