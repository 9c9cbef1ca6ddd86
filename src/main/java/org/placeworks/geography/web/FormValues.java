package org.placeworks.geography.web;

import java.util.Map;
import java.util.UUID;

/** Turning posted text into numbers and ids, naming the field when it cannot be done. */
final class FormValues {

    private FormValues() {
    }

    static Integer whole(String raw, String field, String label, Map<String, String> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.put(field, label + " must be a whole number");
            return null;
        }
    }

    static UUID id(String raw, String field, String message, Map<String, String> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, message);
            return null;
        }
    }

    /** A version that is missing or garbled is treated as stale: the edit is refused, never applied blind. */
    static Long version(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
