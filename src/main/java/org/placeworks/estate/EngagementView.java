package org.placeworks.estate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One engagement event with its actions. {@code planned} is an event whose date is still to come (it
 * has no attendance yet); {@code mayChange} says whether the reader may change it and its actions.
 */
public record EngagementView(UUID id, EngagementKind kind, String otherName, String title, LocalDate heldOn,
        boolean planned, UUID estateId, String estateName, UUID neighbourhoodId, String neighbourhoodName, String spot,
        String place, UUID serviceId, String serviceName, Integer attendance, String attendedBy, String notes,
        String recordedBy, Instant recordedAt, long version, List<EngagementActionView> actions, boolean mayChange) {

    public long openActions() {
        return actions.stream().filter(a -> !a.done()).count();
    }
}
