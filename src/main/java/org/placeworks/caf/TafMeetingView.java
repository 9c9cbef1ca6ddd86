package org.placeworks.caf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A Team Around the Family meeting as pages and the API show it. */
public record TafMeetingView(UUID id, UUID caseId, LocalDate heldOn, List<CaseView.StaffRef> staff, List<Attendee> familyMembers,
        String agreed, List<Agreed> actions, String recordedBy, Instant recordedAt) {

    /** A member of the family who attended. */
    public record Attendee(UUID personId, String name) {
    }

    /** An action agreed at the meeting, as it stands now. */
    public record Agreed(UUID actionId, String description, String owner, LocalDate dueOn, ActionStatus status) {
    }
}
