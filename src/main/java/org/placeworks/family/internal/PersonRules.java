package org.placeworks.family.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.placeworks.family.NhsNumber;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PupilNumber;
import org.placeworks.family.Relationship;

/** What a person's details must satisfy, field by field in form order, so that nothing half-valid is saved. */
public final class PersonRules {

    static final int LONGEST_NAME = 100;
    static final int OLDEST_AGE = 120;
    /** A pregnancy lasts about 40 weeks: an expected date further ahead than this is a mistake. */
    static final int LONGEST_WAIT_DAYS = 300;
    /** A due date more than this in the past means the child is born: record their date of birth instead. */
    static final int OVERDUE_DAYS = 42;

    private PersonRules() {
    }

    public static Map<String, String> problems(PersonCommand c, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        name(c.givenName(), "givenName", "Enter their first name", problems);
        name(c.familyName(), "familyName", "Enter their last name", problems);
        if (c.otherNames() != null && c.otherNames().strip().length() > 2 * LONGEST_NAME) {
            problems.put("otherNames", "Other names must be " + 2 * LONGEST_NAME + " characters or fewer");
        }
        if (c.dateOfBirth() != null && c.expectedDate() != null) {
            problems.put("expectedDate", "Enter either a date of birth or, for an unborn child, an expected date, not both");
        } else if (c.dateOfBirth() == null && c.expectedDate() == null) {
            problems.put("dateOfBirth", "Enter a date of birth, or an expected date for an unborn child");
        } else if (c.dateOfBirth() != null) {
            if (c.dateOfBirth().isAfter(today)) {
                problems.put("dateOfBirth", "Date of birth must be today or in the past");
            } else if (c.dateOfBirth().isBefore(today.minusYears(OLDEST_AGE))) {
                problems.put("dateOfBirth", "Date of birth must be a real date, within the last " + OLDEST_AGE + " years");
            }
        } else {
            if (c.expectedDate().isAfter(today.plusDays(LONGEST_WAIT_DAYS))) {
                problems.put("expectedDate", "Expected date must be within the next 10 months");
            } else if (c.expectedDate().isBefore(today.minusDays(OVERDUE_DAYS))) {
                problems.put("expectedDate", "Expected date is well past: if the child is born, enter their date of birth instead");
            }
            if (c.relationship() != null && c.relationship() != Relationship.CHILD) {
                problems.put("relationship", "An unborn child's relationship must be Child");
            }
        }
        if (c.nhsNumber() != null && !c.nhsNumber().isBlank() && !NhsNumber.valid(c.nhsNumber())) {
            problems.put("nhsNumber", "NHS number must be 10 digits, like 943 476 5919, and pass the NHS number check");
        }
        if (c.pupilNumber() != null && !c.pupilNumber().isBlank() && PupilNumber.parse(c.pupilNumber()).isEmpty()) {
            problems.put("pupilNumber", "Unique pupil number must be a letter followed by 12 digits, like A123456789012");
        }
        if (c.relationship() == null) {
            problems.putIfAbsent("relationship", "Select their relationship in the household");
        }
        return problems;
    }

    private static void name(String value, String field, String missing, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, missing);
        } else if (value.strip().length() > LONGEST_NAME) {
            problems.put(field, "Name must be " + LONGEST_NAME + " characters or fewer");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
