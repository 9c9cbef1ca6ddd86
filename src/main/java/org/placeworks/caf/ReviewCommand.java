package org.placeworks.caf;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A review: when it was held, a summary, and for every need its progress and new score. */
public record ReviewCommand(LocalDate heldOn, String summary, Map<UUID, Progress> progress, Map<UUID, Score> scores,
        Long version) {
}
