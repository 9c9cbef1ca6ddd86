package org.placeworks.organisation;

import java.util.Set;
import java.util.UUID;

public record ServiceCommand(String name, UUID agencyId, String description, Set<UUID> boundary, Set<Strand> strands, Long version) {
}
