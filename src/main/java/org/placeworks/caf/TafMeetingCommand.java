package org.placeworks.caf;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A Team Around the Family meeting as recorded: the day it was held (today or before), the staff
 * and the family members who attended, what was agreed, and the plan actions agreed (each with its
 * need, owner and due date). {@code version} is the case's: the actions change its plan.
 */
public record TafMeetingCommand(LocalDate heldOn, Set<UUID> staff, Set<UUID> familyMembers, String agreed,
        List<AgreedAction> actions, Long version) {

    /** An action agreed at the meeting. */
    public record AgreedAction(UUID needId, String description, UUID ownerStaffId, LocalDate dueOn) {
    }
}
