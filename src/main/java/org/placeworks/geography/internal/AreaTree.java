package org.placeworks.geography.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Coverage;

/**
 * The whole area tree held in memory: a district has hundreds of areas, not millions. Immutable (what it keeps of the
 * coverages it worked out only saves work) and holding no entity, so one copy may serve every request of an instance
 * (shared.Reading.reference).
 */
public final class AreaTree {

    /** What the tree needs of an area: never its boundary's GeoJSON, which is large and read only to draw maps. */
    private record Node(AreaKind kind, UUID parentId, String name, Set<UUID> neighbourhoods) {
    }

    private final Map<UUID, Node> byId;
    private final Map<UUID, List<UUID>> children;

    /** How many boundaries' coverages are kept: one for each service and each staff member's set of services. */
    static final int MOST_KEPT = 4096;

    /**
     * Each boundary's coverage, worked out once for this tree: a manager's covers hundreds of neighbourhoods, and every
     * request asks for it. The tree never changes, so neither does a coverage of it; a changed tree is a new object.
     */
    private final Map<Set<UUID>, Coverage> covered = new java.util.concurrent.ConcurrentHashMap<>();

    private AreaTree(Map<UUID, Node> byId) {
        Map<UUID, List<UUID>> below = new HashMap<>();
        byId.forEach((id, node) -> {
            if (node.parentId() != null) {
                below.computeIfAbsent(node.parentId(), k -> new java.util.ArrayList<>()).add(id);
            }
        });
        below.replaceAll((id, list) -> List.copyOf(list));
        this.byId = Map.copyOf(byId);
        this.children = Map.copyOf(below);
    }

    /** The tree as the database holds it now, in one statement. */
    public static AreaTree read(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.kind, a.parent_id, a.name,"
                + " array(select en.neighbourhood_id from estate_neighbourhood en where en.estate_id = a.id) from area a")
                .getResultList();
        Map<UUID, Node> nodes = new HashMap<>();
        for (Object[] row : rows) {
            nodes.put((UUID) row[0], new Node(AreaKind.valueOf((String) row[1]), (UUID) row[2], (String) row[3],
                    uuids(row[4])));
        }
        return new AreaTree(nodes);
    }

    private static Set<UUID> uuids(Object array) {
        Set<UUID> ids = new java.util.HashSet<>();
        for (Object id : (Object[]) array) {
            ids.add(id instanceof UUID u ? u : UUID.fromString(id.toString()));
        }
        return Set.copyOf(ids);
    }

    /**
     * What a boundary made of these areas covers. Higher areas cover the neighbourhoods beneath them;
     * an estate is covered only when named, because it may straddle into a neighbourhood outside.
     */
    public Coverage coverageOf(Collection<UUID> boundary) {
        // No null in a key (a set of them may not hold one); an id not in the tree covers nothing, null or not.
        Set<UUID> key = boundary.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        Coverage known = covered.get(key);
        if (known != null) {
            return known;
        }
        Coverage coverage = resolve(key);
        if (covered.size() >= MOST_KEPT) {
            covered.clear();
        }
        covered.put(key, coverage);
        return coverage;
    }

    private Coverage resolve(Set<UUID> boundary) {
        Set<UUID> neighbourhoods = new java.util.HashSet<>();
        Set<UUID> estates = new java.util.HashSet<>();
        for (UUID id : boundary) {
            Node area = byId.get(id);
            if (area == null) {
                continue;
            }
            if (area.kind() == AreaKind.ESTATE) {
                estates.add(id);
                continue;
            }
            Deque<UUID> pending = new ArrayDeque<>(List.of(id));
            while (!pending.isEmpty()) {
                UUID next = pending.pop();
                Node a = byId.get(next);
                if (a.kind() == AreaKind.NEIGHBOURHOOD) {
                    neighbourhoods.add(next);
                } else if (a.kind() != AreaKind.ESTATE) {
                    pending.addAll(children.getOrDefault(next, List.of()));
                }
            }
        }
        return new Coverage(neighbourhoods, estates, false);
    }

    /** The area's name, or null for an area not in the tree. */
    public String name(UUID id) {
        Node area = byId.get(id);
        return area == null ? null : area.name();
    }

    public Set<UUID> estateNeighbourhoods(UUID estateId) {
        Node estate = byId.get(estateId);
        return estate == null ? Set.of() : estate.neighbourhoods();
    }

    /** True when {@code candidate} is {@code ancestor} itself or sits beneath it. */
    public boolean within(UUID candidate, UUID ancestor) {
        UUID current = candidate;
        while (current != null) {
            if (current.equals(ancestor)) {
                return true;
            }
            Node area = byId.get(current);
            current = area == null ? null : area.parentId();
        }
        return false;
    }
}
