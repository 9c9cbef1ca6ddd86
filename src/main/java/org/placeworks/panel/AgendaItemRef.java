package org.placeworks.panel;

import java.time.LocalDate;
import java.util.UUID;

/** An item listed for a meeting: where and when the case will be discussed, and whether it was urgent. */
public record AgendaItemRef(UUID itemId, UUID meetingId, LocalDate meetingDate, String panelName, ItemKind kind,
        boolean urgent) {
}
