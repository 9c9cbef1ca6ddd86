package org.placeworks.grant.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Money;

/** Posted text to typed values; anything a person mistyped becomes a field error, never a crash. */
final class FormInput {

    private FormInput() {
    }

    static Long pence(Map<String, String> problems, String field, String raw, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Money.parse(raw).orElseGet(() -> {
            problems.put(field, message);
            return null;
        });
    }

    static LocalDate date(Map<String, String> problems, String field, String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            problems.put(field, "Enter a real date, like 27 3 2026");
            return null;
        }
    }

    static UUID uuid(Map<String, String> problems, String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, "Select an option from the list");
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Map<String, String> problems, String field, Class<E> type, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, "Select an option from the list");
            return null;
        }
    }

    static Long version(String raw) {
        try {
            return blank(raw) ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Problems found while reading the form come first; the service's own checks follow only when there were none. */
    static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
