package org.placeworks.caf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * A contact or case note as the worker gives it: when it happened (date and time, London time),
 * how, who of the family was seen and whether the child was seen alone, what happened, and any
 * follow-up. {@code version} is the note's version when an existing note is edited.
 */
public record NoteCommand(LocalDate happenedOn, LocalTime happenedAt, ContactType type, Set<UUID> seen, Boolean childSeenAlone,
        String text, String followUp, LocalDate followUpOn, Long version) {
}
