package org.placeworks.estate;

import java.time.LocalDate;
import java.util.UUID;

/** An action of an engagement event, as its event page, "My actions" and the API show it. */
public record EngagementActionView(UUID id, UUID eventId, String eventTitle, LocalDate eventHeldOn, String description,
        UUID ownerStaffId, String ownerName, LocalDate dueOn, LocalDate doneOn, String doneBy, boolean overdue,
        long version) {

    public boolean done() {
        return doneOn != null;
    }
}
