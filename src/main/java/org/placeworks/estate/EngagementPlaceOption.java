package org.placeworks.estate;

import java.util.UUID;

/** A place engagement happens at: an estate, or one neighbourhood of it ({@code estateId} then says which estate). */
public record EngagementPlaceOption(UUID id, UUID estateId, String label) {
}
