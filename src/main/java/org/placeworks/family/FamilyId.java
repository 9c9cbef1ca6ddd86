package org.placeworks.family;

import java.util.Objects;
import java.util.UUID;

/** A family's id, as other features name it. */
public record FamilyId(UUID value) {

    public FamilyId {
        Objects.requireNonNull(value, "family id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
