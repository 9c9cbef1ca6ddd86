package org.placeworks.geography.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Coverage;

/** The whole area tree held in memory for one calculation: a district has hundreds of areas, not millions. */
public final class AreaTree {

    private final Map<UUID, Area> byId = new HashMap<>();
    private final Map<UUID, List<UUID>> children = new HashMap<>();

    public AreaTree(Collection<Area> areas) {
        for (Area area : areas) {
            byId.put(area.id, area);
            if (area.parentId != null) {
                children.computeIfAbsent(area.parentId, k -> new java.util.ArrayList<>()).add(area.id);
            }
        }
    }

    /**
     * What a boundary made of these areas covers. Higher areas cover the neighbourhoods beneath them;
     * an estate is covered only when named, because it may straddle into a neighbourhood outside.
     */
    public Coverage coverageOf(Collection<UUID> boundary) {
        Set<UUID> neighbourhoods = new HashSet<>();
        Set<UUID> estates = new HashSet<>();
        for (UUID id : boundary) {
            Area area = byId.get(id);
            if (area == null) {
                continue;
            }
            if (area.kind == AreaKind.ESTATE) {
                estates.add(id);
                continue;
            }
            Deque<UUID> pending = new ArrayDeque<>(List.of(id));
            while (!pending.isEmpty()) {
                UUID next = pending.pop();
                Area a = byId.get(next);
                if (a.kind == AreaKind.NEIGHBOURHOOD) {
                    neighbourhoods.add(next);
                } else if (a.kind != AreaKind.ESTATE) {
                    pending.addAll(children.getOrDefault(next, List.of()));
                }
            }
        }
        return new Coverage(neighbourhoods, estates, false);
    }

    /** The area's name, or null for an area not in the tree. */
    public String name(UUID id) {
        Area area = byId.get(id);
        return area == null ? null : area.name;
    }

    public Set<UUID> estateNeighbourhoods(UUID estateId) {
        Area estate = byId.get(estateId);
        return estate == null ? Set.of() : Set.copyOf(estate.neighbourhoods);
    }

    /** True when {@code candidate} is {@code ancestor} itself or sits beneath it. */
    public boolean within(UUID candidate, UUID ancestor) {
        UUID current = candidate;
        while (current != null) {
            if (current.equals(ancestor)) {
                return true;
            }
            Area area = byId.get(current);
            current = area == null ? null : area.parentId;
        }
        return false;
    }
}
