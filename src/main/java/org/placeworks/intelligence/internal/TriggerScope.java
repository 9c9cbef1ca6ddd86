package org.placeworks.intelligence.internal;

import java.util.Set;
import java.util.UUID;

/**
 * The ground on which a reader sees Community Trigger records: the neighbourhoods and estates their
 * Community Intelligence services cover. {@code officer} is an intelligence officer (who also sees places
 * outside every boundary, as they see those reports); {@code NONE} sees nothing.
 */
public record TriggerScope(boolean everywhere, Set<UUID> neighbourhoods, Set<UUID> estates, boolean officer) {

    public static final TriggerScope NONE = new TriggerScope(false, Set.of(), Set.of(), false);

    public TriggerScope {
        neighbourhoods = Set.copyOf(neighbourhoods);
        estates = Set.copyOf(estates);
    }

    public boolean covers(TriggerPlace place) {
        if (place.outsideArea()) {
            return officer;
        }
        return everywhere || (place.neighbourhoodId() != null && neighbourhoods.contains(place.neighbourhoodId()))
                || (place.estateId() != null && estates.contains(place.estateId()));
    }

    public boolean seesNothing() {
        return !everywhere && !officer && neighbourhoods.isEmpty() && estates.isEmpty();
    }
}
