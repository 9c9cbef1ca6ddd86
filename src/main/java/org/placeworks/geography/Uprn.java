package org.placeworks.geography;

import java.util.Optional;

/** A Unique Property Reference Number: a positive whole number of up to 12 digits. */
public final class Uprn {

    private Uprn() {
    }

    public static Optional<Long> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip();
        if (!digits.matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(digits);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
