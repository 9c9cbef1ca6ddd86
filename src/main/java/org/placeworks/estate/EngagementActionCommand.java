package org.placeworks.estate;

import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at an engagement event: what is to be done, by whom (staff of the event's service), by when. */
public record EngagementActionCommand(String description, UUID ownerStaffId, LocalDate dueOn) {
}
