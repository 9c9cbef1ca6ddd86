package org.placeworks.caf;

import java.util.Objects;
import java.util.UUID;

/** An early help case's id, as other features name it. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
