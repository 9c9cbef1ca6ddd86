package org.placeworks.grant;

import java.util.UUID;

/** A decision on a request: by the panel at a meeting, or by the chair; a lower amount needs {@code amountPence}. */
public record DecisionCommand(DecisionRoute route, UUID meetingId, DecisionOutcome outcome, Long amountPence,
        String reason, Long version) {
}
