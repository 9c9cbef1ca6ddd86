package org.placeworks.family;

import java.time.Instant;
import java.util.UUID;

/** A family opened by breaking glass, and when that access ends; {@code until} is null when the reader saw it already. */
public record GlassOpened(UUID familyId, Instant until) {

    public boolean brokeGlass() {
        return until != null;
    }
}
