package org.placeworks.caf;

import java.util.List;
import java.util.UUID;

/** What a change to a case posts back: the version it was made against, and the ids of the case's needs in order. */
public record CaseRevision(long version, List<UUID> needIds) {
}
