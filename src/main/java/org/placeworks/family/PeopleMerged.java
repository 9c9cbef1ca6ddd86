package org.placeworks.family;

import java.util.UUID;

/** Fired, in the merge's transaction, when a duplicate person record is merged into the one kept: move every link to it. */
public record PeopleMerged(UUID keptPersonId, UUID mergedPersonId) {
}
