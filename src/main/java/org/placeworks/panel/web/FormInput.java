package org.placeworks.panel.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.placeworks.shared.InvalidInput;

/** Reading posted form values: a value that does not parse is an error on its field, not a crash. */
final class FormInput {

    private FormInput() {
    }

    static UUID uuid(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, message);
        }
    }

    static Integer integer(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, message);
        }
    }

    static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static LocalDate date(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, message);
        }
    }

    /**
     * A date typed into the day, month and year boxes of a GOV.UK date input: null when all three
     * are blank, otherwise a real date or an error on the field.
     */
    static LocalDate date(String field, String day, String month, String year, String message) {
        if (isBlank(day) && isBlank(month) && isBlank(year)) {
            return null;
        }
        try {
            if (year.strip().length() != 4) {
                throw new InvalidInput(field, message);
            }
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (RuntimeException e) {
            throw new InvalidInput(field, message);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static LocalTime time(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, message);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, message);
        }
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
