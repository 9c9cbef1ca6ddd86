package org.placeworks.caf;

import java.time.LocalDate;
import java.util.UUID;

/** A plan action: the need it serves, what will be done, by whom (and their agency), by when. */
public record ActionCommand(UUID needId, String description, UUID ownerStaffId, LocalDate dueOn, Long version) {
}
