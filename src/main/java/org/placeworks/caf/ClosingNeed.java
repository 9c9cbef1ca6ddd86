package org.placeworks.caf;

import java.util.UUID;

/** A need of an open case whose outcome a closure must record: its id (what a closure names) and its words. */
public record ClosingNeed(UUID id, String description) {
}
