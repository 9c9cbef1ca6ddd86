package org.placeworks.caf;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

public record ClosureCommand(ClosureReason reason, LocalDate closedOn, Map<UUID, NeedOutcome> outcomes, String note,
        Long version) {
}
