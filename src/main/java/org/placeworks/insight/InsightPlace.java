package org.placeworks.insight;

import java.util.UUID;

/** A neighbourhood as insight groups figures: where it rolls up, how deprived it is, and how many live there. */
public record InsightPlace(UUID id, String code, String name, UUID wardId, String ward, UUID localityId, String locality,
        Integer decile, Integer children, Integer residents) {
}
