package org.placeworks.family;

import java.util.Objects;
import java.util.UUID;

/** A person's id, as other features name it. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
