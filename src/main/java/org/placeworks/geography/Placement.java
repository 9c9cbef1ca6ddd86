package org.placeworks.geography;

import java.util.UUID;

/**
 * Where a point on the map lies among the place's areas: the neighbourhood whose boundary holds it and
 * the estate (if any). Either may be null where no boundary of that kind holds the point.
 */
public record Placement(UUID neighbourhoodId, String neighbourhoodName, UUID estateId, String estateName) {
}
