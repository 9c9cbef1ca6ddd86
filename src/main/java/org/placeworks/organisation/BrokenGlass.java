package org.placeworks.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * One record opened by breaking glass, as the data protection officer and managers review it: who, which record,
 * why, when, until when, and whether someone has reviewed it (who, when, their note).
 */
public record BrokenGlass(UUID id, String recordKind, UUID recordId, UUID staffId, String staffName, String username, String reason,
        Instant openedAt, Instant until, boolean inForce, Instant reviewedAt, String reviewedBy, String reviewNote) {

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
