package org.placeworks.geography;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode, normalised to upper case with one space before the inward code ("ab1  2cd" becomes "AB1 2CD"). */
public final class Postcode {

    private static final Pattern FORMAT = Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2})$");

    private Postcode() {
    }

    /** The normalised postcode, or empty when it is not a valid UK postcode. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("\\s+", "");
        if (!compact.matches("[A-Za-z0-9]+")) {
            // Checked before capitals: the dotless i and the long s would otherwise become I and S.
            return Optional.empty();
        }
        compact = compact.toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }
}
