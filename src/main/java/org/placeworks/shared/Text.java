package org.placeworks.shared;

import java.util.Optional;

/**
 * The one rule for text people type, used by the form reader and by the API's validation alike:
 * how long each kind of field may be, and which characters are never accepted. Text that breaks
 * the rule is refused with a message naming the field, never trimmed or coerced.
 */
public final class Text {

    /** A name, reference, postcode or other one-line field. */
    public static final int SHORT = 200;
    /** A note, reason, description or other free text. */
    public static final int LONG = 10_000;
    /** A search box. */
    public static final int SEARCH = 100;

    private Text() {
    }

    /**
     * Why this text cannot be accepted for a field called {@code label} (as people read it, e.g.
     * "Family name"), or empty when it can. Blank text is for the caller to judge.
     */
    public static Optional<String> problem(String label, String value, int maxLength) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(label + " must be " + String.format("%,d", maxLength) + " characters or fewer");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(label + " contains a character that cannot be stored");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(label + " contains a character that cannot be stored");
            }
            if (isControl(c)) {
                return Optional.of(label + " must not contain control characters");
            }
            if (isDirectionOverride(c)) {
                // Right-to-left overrides make a name read differently from how it is stored.
                return Optional.of(label + " must not contain text direction characters");
            }
        }
        return Optional.empty();
    }

    /** Line breaks and tabs are fine in free text; NUL and the other C0/C1 controls never are. */
    private static boolean isControl(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
