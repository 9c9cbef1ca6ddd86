package org.placeworks.estate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An engagement event as recorded or changed: what it was ({@code otherName} for a kind of its own),
 * when, where (an estate, optionally one of its neighbourhoods and a described spot), the service
 * that held it, and once it has happened, who came. {@code version} is the one the editor read
 * (ignored when recording a new event).
 */
public record EngagementCommand(EngagementKind kind, String otherName, LocalDate heldOn, UUID estateId,
        UUID neighbourhoodId, String spot, UUID serviceId, Integer attendance, String attendedBy, String notes,
        Long version) {
}
