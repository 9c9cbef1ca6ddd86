package org.placeworks.insight;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;

/**
 * The neighbourhoods a ground covers, by locality, ward and name, worked out once for each copy of the area tree an
 * instance keeps ({@code Places.areas()} answers the same list while the reference version stands) and each ground:
 * worked out on every request they were a fifteenth of the dashboard's time at the large size. A changed tree is a new
 * copy, so it is never answered from the old one. At most {@link #MAX} are kept, the least recently used dropped first.
 */
@ApplicationScoped
public class CoveredNeighbourhoods {

    static final int MAX = 64;

    /** The tree by identity (its copy), the ground by value. */
    private static final class Key {

        private final List<AreaView> areas;
        private final Coverage coverage;
        private final int hash;

        Key(List<AreaView> areas, Coverage coverage) {
            this.areas = areas;
            this.coverage = coverage;
            this.hash = 31 * System.identityHashCode(areas) + coverage.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && areas == k.areas && coverage.equals(k.coverage);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, List<InsightPlace>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<InsightPlace>> eldest) {
            return size() > MAX;
        }
    };

    /** The neighbourhoods of {@code areas} that {@code coverage} holds, the same list for the same copy and ground. */
    public List<InsightPlace> of(List<AreaView> areas, Coverage coverage) {
        Key key = new Key(areas, coverage);
        synchronized (kept) {
            List<InsightPlace> found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        List<InsightPlace> places = worked(areas, coverage);
        synchronized (kept) {
            kept.put(key, places);
        }
        return places;
    }

    static List<InsightPlace> worked(List<AreaView> areas, Coverage coverage) {
        Map<UUID, AreaView> byId = areas.stream().collect(Collectors.toMap(AreaView::id, Function.identity()));
        return areas.stream().filter(a -> a.kind() == AreaKind.NEIGHBOURHOOD)
                .filter(a -> coverage.everywhere() || coverage.neighbourhoods().contains(a.id()))
                .map(a -> place(a, byId))
                .sorted(Comparator.comparing((InsightPlace p) -> p.locality() == null ? "" : p.locality())
                        .thenComparing(p -> p.ward() == null ? "" : p.ward()).thenComparing(InsightPlace::name))
                .toList();
    }

    private static InsightPlace place(AreaView n, Map<UUID, AreaView> byId) {
        AreaView ward = n.parentId() == null ? null : byId.get(n.parentId());
        AreaView locality = ward == null || ward.parentId() == null ? null : byId.get(ward.parentId());
        return new InsightPlace(n.id(), n.code(), n.name(), ward == null ? null : ward.id(), ward == null ? null : ward.name(),
                locality == null ? null : locality.id(), locality == null ? null : locality.name(), n.deprivationDecile(),
                n.childPopulation(), n.residentPopulation());
    }
}
