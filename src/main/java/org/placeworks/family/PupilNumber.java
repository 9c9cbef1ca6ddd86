package org.placeworks.family;

import java.util.Locale;
import java.util.Optional;

/** A unique pupil number (UPN) as schools record it: a letter then 12 digits, stored upper case without spaces. */
public final class PupilNumber {

    private PupilNumber() {
    }

    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("\\s", "");
        // Checked before capitals: the dotless i and the long s would otherwise become I and S.
        return compact.matches("[A-Za-z][0-9]{12}") ? Optional.of(compact.toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
