package org.placeworks.open311;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to a service request, as FixMyStreet reads it from {@code servicerequestupdates}: the status
 * in the words its client maps (open, in_progress, fixed, no_further_action) and the public note.
 */
public record RequestUpdateView(UUID updateId, UUID serviceRequestId, String status, Instant updated, String description) {
}
