package org.placeworks.organisation.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.InvalidInput;

/** Turns posted form text into typed values; text a browser would never send is refused as input, not a crash. */
final class FormValues {

    private FormValues() {
    }

    /** The id, or null when nothing was chosen. */
    static UUID uuid(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "Select an option from the list");
        }
    }

    static Set<UUID> uuids(String field, List<String> raw) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (raw != null) {
            raw.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> ids.add(uuid(field, v)));
        }
        return ids;
    }

    static Strand strand(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Strand.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "Select a strand from the list");
        }
    }

    static Set<Strand> strands(String field, List<String> raw) {
        Set<Strand> strands = EnumSet.noneOf(Strand.class);
        if (raw != null) {
            raw.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> strands.add(strand(field, v)));
        }
        return strands;
    }

    static Set<String> strings(List<String> raw) {
        Set<String> values = new LinkedHashSet<>();
        if (raw != null) {
            raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(values::add);
        }
        return values;
    }

    /** The version the form was opened at; a missing or garbled one can only be a stale or forged form. */
    static Long version(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
