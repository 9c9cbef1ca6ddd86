package org.placeworks.geography;

import java.util.UUID;

/** An area as pages and the API show it. */
public record AreaView(UUID id, AreaKind kind, String code, int vintage, String name, UUID parentId,
        String parentName, Integer deprivationDecile, Integer residentPopulation, Integer childPopulation,
        boolean hasBoundary, long version) {
}
