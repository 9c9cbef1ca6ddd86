package org.placeworks.caf.web;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a form holds: the values posted (or the defaults it opens with), shown again as they were
 * typed, and read into typed values. Text a browser would never send, and dates that are not real
 * dates, become field errors rather than failures.
 */
@TemplateData
public final class Posted {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Posted() {
    }

    public static Posted empty() {
        return new Posted();
    }

    public static Posted of(MultivaluedMap<String, String> form) {
        Posted posted = new Posted();
        if (form != null) {
            form.forEach((name, list) -> posted.values.put(name, list == null ? List.of() : List.copyOf(list)));
        }
        return posted;
    }

    public Posted with(String name, Object value) {
        values.put(name, value == null ? List.of() : List.of(value.toString()));
        return this;
    }

    public Posted withAll(String name, List<String> list) {
        values.put(name, List.copyOf(list));
        return this;
    }

    public Posted withDate(String name, LocalDate date) {
        if (date != null) {
            with(name + "-day", date.getDayOfMonth());
            with(name + "-month", date.getMonthValue());
            with(name + "-year", date.getYear());
        }
        return this;
    }

    // --- Shown in templates ------------------------------------------------------------

    /** The first value posted under the name, or empty. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    /** The value of a repeated field (need rows) at a position, or empty. */
    public String valueAt(String name, int index) {
        List<String> list = values.get(name);
        return list == null || index >= list.size() || list.get(index) == null ? "" : list.get(index);
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    public String day(String name) {
        return value(name + "-day");
    }

    public String month(String name) {
        return value(name + "-month");
    }

    public String year(String name) {
        return value(name + "-year");
    }

    // --- Read as typed values ------------------------------------------------------------

    String text(String name) {
        String value = value(name);
        return value.isBlank() ? null : value.strip();
    }

    UUID uuid(String name, Map<String, String> problems) {
        return uuid(name, value(name), problems);
    }

    static UUID uuid(String field, String raw, Map<String, String> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            problems.putIfAbsent(field, "Select an option from the list");
            return null;
        }
    }

    Set<UUID> uuids(String name, Map<String, String> problems) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String raw : values(name)) {
            UUID id = uuid(name, raw, problems);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    <E extends Enum<E>> E choice(Class<E> type, String name, Map<String, String> problems) {
        return choice(type, name, value(name), problems);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String raw, Map<String, String> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            problems.putIfAbsent(field, "Select an option from the list");
            return null;
        }
    }

    /** A score chosen from 1 to 10; null when none was chosen. */
    Integer score(String name, Map<String, String> problems) {
        String raw = value(name);
        if (raw.isBlank()) {
            return null;
        }
        try {
            int score = Integer.parseInt(raw.strip());
            if (score >= 1 && score <= 10) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.putIfAbsent(name, "Choose a score from 1 to 10");
        return null;
    }

    /**
     * A date from its day, month and year boxes: null when all three are empty; a field error
     * (one per date) when it is incomplete or not a real date.
     */
    LocalDate date(String name, String label, Map<String, String> problems) {
        String day = day(name).strip();
        String month = month(name).strip();
        String year = year(name).strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            problems.putIfAbsent(name, label + " must include a " + String.join(" and ", missing));
            return null;
        }
        try {
            if (!year.matches("\\d{4}") || !day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
                throw new DateTimeException("not numbers");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            problems.putIfAbsent(name, label + " must be a real date, like 27 3 2026");
            return null;
        }
    }

    static Long version(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Long version() {
        return version(value("version"));
    }
}
