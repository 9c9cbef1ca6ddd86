package org.placeworks.shared.web;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Money;
import org.placeworks.shared.Text;

/**
 * What a form holds: the values posted (or the values it opens with), shown again as they were
 * typed, and read into typed values. Anything a person mistyped, and text a browser would never
 * send, becomes a message on its field (in the order the fields were read), never a crash and
 * never a value quietly changed. Call {@link #check()} once the form is read: it refuses the
 * whole form when any field was wrong, so nothing is half-saved.
 *
 * <p>Dates are GOV.UK date inputs posted as {@code <name>-day}, {@code <name>-month} and
 * {@code <name>-year}; the error sits on {@code <name>}, the id of the day box.
 */
@TemplateData
public final class Form {

    /** Messages that do not depend on the field: one wording for every form. */
    public static final String CHOOSE_FROM_LIST = "Select an option from the list";

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    private Form() {
    }

    /** A form with nothing in it yet. */
    public static Form empty() {
        return new Form();
    }

    /** The form as posted. */
    public static Form of(MultivaluedMap<String, String> posted) {
        Form form = new Form();
        if (posted != null) {
            posted.forEach((name, list) -> form.values.put(name, list == null ? List.of() : List.copyOf(list)));
        }
        return form;
    }

    // --- Filling it in to open it -------------------------------------------------------------

    public Form with(String name, Object value) {
        values.put(name, value == null ? List.of() : List.of(text(value)));
        return this;
    }

    public Form withAll(String name, Collection<?> list) {
        values.put(name, list.stream().map(Form::text).toList());
        return this;
    }

    /** How a value is posted: an option by its constant's name, anything else as it prints. */
    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    /** A date shown in its three boxes. */
    public Form withDate(String name, LocalDate date) {
        if (date != null) {
            with(name + "-day", date.getDayOfMonth());
            with(name + "-month", date.getMonthValue());
            with(name + "-year", date.getYear());
        }
        return this;
    }

    public Form withYesNo(String name, boolean yes) {
        return with(name, yes ? "yes" : "no");
    }

    // --- Shown in templates -----------------------------------------------------------------

    /** The first value posted under the name, as typed, or empty. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    /** The value of a repeated field (a row of a table) at a position, or empty. */
    public String valueAt(String name, int index) {
        List<String> list = values.get(name);
        return list == null || index >= list.size() || list.get(index) == null ? "" : list.get(index);
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether {@code value} is among the values posted under the name: a checked box or chosen radio. */
    public boolean has(String name, Object value) {
        return value != null && values(name).contains(value.toString());
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

    // --- Read as typed values ---------------------------------------------------------------

    /** One line of text (a name, a reference), at most {@link Text#SHORT} characters; null when blank. */
    public String text(String name, String label) {
        return text(name, label, Text.SHORT);
    }

    /** Free text (a note, a reason), at most {@link Text#LONG} characters; null when blank. */
    public String longText(String name, String label) {
        return text(name, label, Text.LONG);
    }

    /** Text of at most {@code max} characters, with none that is never accepted; null when blank or refused. */
    public String text(String name, String label, int max) {
        String value = value(name);
        var problem = Text.problem(label, value, max);
        if (problem.isPresent()) {
            problem(name, problem.get());
            return null;
        }
        return value.isBlank() ? null : value.strip();
    }

    /** Text from a row of repeated fields, checked like any other; the error sits on {@code field}. */
    public String textAt(String field, String raw, String label, int max) {
        var problem = Text.problem(label, raw, max);
        if (problem.isPresent()) {
            problem(field, problem.get());
            return null;
        }
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** Every value posted under the name, each checked as one line of text, blanks left out. */
    public Set<String> texts(String name, String label) {
        Set<String> texts = new LinkedHashSet<>();
        for (String value : values(name)) {
            var problem = Text.problem(label, value, Text.SHORT);
            if (problem.isPresent()) {
                problem(name, problem.get());
            } else if (value != null && !value.isBlank()) {
                texts.add(value.strip());
            }
        }
        return texts;
    }

    /** The fields whose names start with {@code prefix}, by the rest of their names, in posted order. */
    public Map<String, String> prefixed(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (name.startsWith(prefix) && !list.isEmpty()) {
                found.put(name.substring(prefix.length()), list.get(0));
            }
        });
        return found;
    }

    /** "yes" or "no" from radios; {@code otherwise} when neither was chosen. */
    public boolean yes(String name, boolean otherwise) {
        String value = value(name).strip();
        if (value.equals("yes")) {
            return true;
        }
        if (value.equals("no")) {
            return false;
        }
        if (!value.isEmpty()) {
            problem(name, CHOOSE_FROM_LIST);
        }
        return otherwise;
    }

    /** A ticked checkbox posts its value; an unticked one posts nothing. */
    public boolean ticked(String name) {
        String value = value(name).strip();
        return value.equals("true") || value.equals("yes");
    }

    public UUID uuid(String name) {
        return uuid(name, CHOOSE_FROM_LIST);
    }

    /** The id chosen from a list; null when none was chosen. */
    public UUID uuid(String name, String message) {
        return uuid(name, value(name), message);
    }

    public Set<UUID> uuids(String name) {
        return uuids(name, CHOOSE_FROM_LIST);
    }

    /** The ids of the boxes ticked; blanks left out. */
    public Set<UUID> uuids(String name, String message) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String raw : values(name)) {
            UUID id = uuid(name, raw, message);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name) {
        return choice(type, name, CHOOSE_FROM_LIST);
    }

    /** The option chosen; null when none was chosen. */
    public <E extends Enum<E>> E choice(Class<E> type, String name, String message) {
        return choice(type, name, value(name), message);
    }

    /** A value from a row of repeated fields, read as an option of {@code type}; the error sits on {@code field}. */
    public <E extends Enum<E>> E choice(Class<E> type, String field, String raw, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            problem(field, message);
            return null;
        }
    }

    /** The options ticked, in the options' own order. */
    public <E extends Enum<E>> Set<E> choices(Class<E> type, String name, String message) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String raw : values(name)) {
            E value = choice(type, name, raw, message);
            if (value != null) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    /** A whole number (commas allowed, as people write populations); null when blank. */
    public Integer whole(String name, String label) {
        String raw = value(name).strip().replace(",", "");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            problem(name, label + " must be a whole number");
            return null;
        }
    }

    /** Pounds as typed ("40", "£40.00") in pence; null when blank. */
    public Long pence(String name, String label) {
        String raw = value(name);
        if (raw.isBlank()) {
            return null;
        }
        return Money.parse(raw).orElseGet(() -> {
            problem(name, label + " must be in pounds, like 40.00");
            return null;
        });
    }

    /** A time of day like 10:00; null when blank. */
    public LocalTime time(String name, String label) {
        String raw = value(name).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            problem(name, label + " must be a real time, like 10:00");
            return null;
        }
    }

    /**
     * The date typed into the boxes {@code <name>-day}, {@code -month} and {@code -year}: null when
     * all three are empty; otherwise a real date or one message (in the GOV.UK Design System's
     * words) on the date. {@code label} names it as people read it: "Date of birth".
     */
    public LocalDate date(String name, String label) {
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
            problem(name, label + " must include a " + String.join(" and ", missing));
            return null;
        }
        if (!year.matches("\\d{4}")) {
            problem(name, label + " must include a year with 4 numbers");
            return null;
        }
        try {
            if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
                throw new DateTimeException("not numbers");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            problem(name, label + " must be a real date");
            return null;
        }
    }

    /**
     * A value the form must have: when it is missing (and was not already refused as unreadable),
     * {@code message} goes on the field, e.g. {@code required(date("closedOn", ...), "closedOn", "Enter the date the case closed")}.
     */
    public <T> T required(T value, String name, String message) {
        if (value == null) {
            problem(name, message);
        }
        return value;
    }

    /**
     * The version of the record the form was opened at. A missing or garbled one can only be a
     * stale or forged form: it compares unequal with every real version, so the edit is refused.
     */
    public Long version() {
        String raw = value("version").strip();
        try {
            return raw.isEmpty() ? null : Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    // --- Problems ---------------------------------------------------------------------------

    /** Records a message on a field (the first one found for a field stays). */
    public Form problem(String field, String message) {
        problems.putIfAbsent(field, message);
        return this;
    }

    /** What was wrong with the form as read so far, in field order. */
    public Map<String, String> problems() {
        return new LinkedHashMap<>(problems);
    }

    /** Refuses the form when anything in it could not be read: no service is asked to save half of it. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private UUID uuid(String field, String raw, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            problem(field, message);
            return null;
        }
    }
}
