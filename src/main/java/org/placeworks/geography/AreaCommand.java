package org.placeworks.geography;

import java.util.UUID;

/** What a person or an import gives to create or change an area; checked by {@link Places}. */
public record AreaCommand(AreaKind kind, String code, Integer vintage, String name, UUID parentId,
        Integer deprivationDecile, Integer residentPopulation, Integer childPopulation, Long version) {
}
