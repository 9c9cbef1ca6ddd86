package org.placeworks.caf.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.ContactType;
import org.placeworks.caf.NoteCommand;

/**
 * A contact or case note as the API receives it: the date and time it happened (London time, e.g.
 * {@code "2026-11-30"} and {@code "14:30"}), the type of contact, the family members seen (their
 * person ids), whether the child was seen alone, the note, and any follow-up. {@code version} is the
 * note's version when it is corrected. Text is checked by the service, which names each field.
 */
public record NoteRequest(LocalDate happenedOn, LocalTime happenedAt, ContactType type, Set<UUID> seen, Boolean childSeenAlone,
        String text, String followUp, LocalDate followUpOn, Long version) {

    NoteCommand command() {
        return new NoteCommand(happenedOn, happenedAt, type, seen, childSeenAlone, text, followUp, followUpOn, version);
    }

    /** An addendum: what is added to the note, and the note's version the caller saw. */
    public record Addendum(String text, Long version) {
    }
}
