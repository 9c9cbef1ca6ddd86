package org.placeworks.geography;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The ground a boundary covers, resolved to neighbourhoods and estates: an address is covered when
 * its neighbourhood or its estate is. {@code everywhere} stands for staff who see the whole place.
 */
public record Coverage(Set<UUID> neighbourhoods, Set<UUID> estates, boolean everywhere) {

    public static final Coverage NOWHERE = new Coverage(Set.of(), Set.of(), false);
    public static final Coverage EVERYWHERE = new Coverage(Set.of(), Set.of(), true);

    public Coverage {
        neighbourhoods = Set.copyOf(neighbourhoods);
        estates = Set.copyOf(estates);
    }

    public boolean covers(AddressView address) {
        return covers(address.neighbourhoodId(), address.estateId());
    }

    /** The same, for a place known only by its neighbourhood and estate (either may be null). */
    public boolean covers(UUID neighbourhoodId, UUID estateId) {
        return everywhere || (neighbourhoodId != null && neighbourhoods.contains(neighbourhoodId))
                || (estateId != null && estates.contains(estateId));
    }

    public Coverage plus(Coverage other) {
        if (everywhere || other.everywhere) {
            return EVERYWHERE;
        }
        Set<UUID> n = new HashSet<>(neighbourhoods);
        n.addAll(other.neighbourhoods);
        Set<UUID> e = new HashSet<>(estates);
        e.addAll(other.estates);
        return new Coverage(n, e, false);
    }

    /** Whether this covers all of the other: every neighbourhood, and every estate (directly or through all its neighbourhoods). */
    public boolean includes(Coverage other, java.util.function.Function<UUID, Set<UUID>> estateNeighbourhoods) {
        if (everywhere) {
            return true;
        }
        if (other.everywhere || !neighbourhoods.containsAll(other.neighbourhoods)) {
            return false;
        }
        return other.estates.stream().allMatch(e -> estates.contains(e) || neighbourhoods.containsAll(estateNeighbourhoods.apply(e)));
    }
}
