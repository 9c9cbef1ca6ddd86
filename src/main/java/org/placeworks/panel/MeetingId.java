package org.placeworks.panel;

import java.util.Objects;
import java.util.UUID;

/** A panel meeting's id, as other features name it. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
