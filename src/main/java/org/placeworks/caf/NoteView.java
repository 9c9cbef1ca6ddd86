package org.placeworks.caf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A contact or case note as a reader sees it, with its addenda in the order written.
 * {@code editable}: the reader wrote it and may still correct it (within 24 hours of writing).
 */
public record NoteView(UUID id, UUID caseId, LocalDateTime happenedAt, ContactType type, List<Seen> seen, boolean childSeenAlone,
        String text, String followUp, LocalDate followUpOn, UUID authorId, String author, Instant writtenAt, Instant editedAt,
        List<Addendum> addenda, boolean editable, long version) {

    /** The day of the contact. */
    public LocalDate happenedOn() {
        return happenedAt.toLocalDate();
    }

    /** The time of the contact, as typed: 14:30. */
    public String timeOfDay() {
        return happenedAt.toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** A family member who was seen. */
    public record Seen(UUID personId, String name) {
    }

    /** Added to the note after it was written: dated and signed. */
    public record Addendum(String text, String author, Instant writtenAt) {
    }
}
