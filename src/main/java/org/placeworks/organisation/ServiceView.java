package org.placeworks.organisation;

import java.util.Set;
import java.util.UUID;

/** An existing service: who runs it, the areas its boundary is made of, and the strands it delivers. */
public record ServiceView(UUID id, String name, UUID agencyId, String agencyName, String description,
        Set<UUID> boundary, Set<Strand> strands, long version) {
}
