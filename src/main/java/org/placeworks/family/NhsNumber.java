package org.placeworks.family;

import java.util.Optional;

/**
 * An NHS number: ten digits, the last a modulus 11 check digit. People write it with spaces
 * ("943 476 5919"); it is stored as digits only.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The ten digits, or empty when the text is not a valid NHS number. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{10}")) {
            return Optional.empty();
        }
        return checkDigit(digits).filter(check -> check == digits.charAt(9) - '0').map(check -> digits);
    }

    public static boolean valid(String raw) {
        return parse(raw).isPresent();
    }

    /** Weights 10 down to 2 on the first nine digits; 11 minus the remainder, 11 becoming 0; 10 means no valid number. */
    static Optional<Integer> checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return Optional.of(0);
        }
        return check == 10 ? Optional.empty() : Optional.of(check);
    }

    /** "9434765919" as people read it: "943 476 5919". */
    public static String formatted(String digits) {
        if (digits == null || digits.length() != 10) {
            return digits;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
