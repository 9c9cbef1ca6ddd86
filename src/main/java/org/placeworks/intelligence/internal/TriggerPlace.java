package org.placeworks.intelligence.internal;

import java.util.UUID;

/**
 * Where a counted complaint or a case review is, as the trigger and its gate need it: the key a location
 * is counted by ({@code address:<id>}, {@code area:<id>}, or null when the place was only described), the
 * words officers see, the area name managers see instead, and the neighbourhood and estate that decide
 * whose ground holds it. {@code outsideArea} is a place outside every boundary: every officer sees it.
 */
public record TriggerPlace(String key, String label, String areaLabel, UUID neighbourhoodId, UUID estateId,
        boolean outsideArea) {
}
