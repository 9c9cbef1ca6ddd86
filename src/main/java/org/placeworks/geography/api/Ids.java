package org.placeworks.geography.api;

import java.util.UUID;
import org.placeworks.shared.InvalidInput;

final class Ids {

    private Ids() {
    }

    static UUID parse(String raw, String field, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, message);
        }
    }
}
