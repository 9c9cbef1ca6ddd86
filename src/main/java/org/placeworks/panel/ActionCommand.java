package org.placeworks.panel;

import java.time.LocalDate;
import java.util.UUID;

/** An action set on an item: what, whose, by when. The agency is the owner's. */
public record ActionCommand(String description, UUID ownerId, LocalDate dueOn) {
}
