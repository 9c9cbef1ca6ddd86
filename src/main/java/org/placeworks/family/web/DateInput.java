package org.placeworks.family.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** A GOV.UK date input (day, month, year boxes) read into a date, with the GOV.UK wording when it is not one. */
final class DateInput {

    private DateInput() {
    }

    /** The date, or null when all three boxes are empty or a problem was recorded under {@code field}. */
    static LocalDate parse(String field, String label, String day, String month, String year, Map<String, String> problems) {
        String d = trim(day);
        String m = trim(month);
        String y = trim(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        StringBuilder missing = new StringBuilder();
        if (d.isEmpty()) {
            missing.append("a day");
        }
        if (m.isEmpty()) {
            missing.append(missing.isEmpty() ? "a month" : " and a month");
        }
        if (y.isEmpty()) {
            missing.append(missing.isEmpty() ? "a year" : " and a year");
        }
        if (!missing.isEmpty()) {
            problems.put(field, label + " must include " + missing);
            return null;
        }
        if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}") || !y.matches("[0-9]{4}")) {
            problems.put(field, label + " must be a real date, like 27 3 2019");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            problems.put(field, label + " must be a real date, like 27 3 2019");
            return null;
        }
    }

    static String day(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getMonthValue());
    }

    static String year(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getYear());
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
