package org.placeworks.panel;

import java.time.LocalDate;
import java.util.UUID;

/** An action the panel set: who must do what, for which agency, by when. */
public record ActionView(UUID id, UUID itemId, UUID meetingId, LocalDate meetingDate, String panelName,
        String caseReference, String familyName, String description, UUID ownerId, String ownerName, String agencyName,
        LocalDate dueOn, LocalDate doneOn, boolean overdue, long version) {

    public boolean open() {
        return doneOn == null;
    }
}
