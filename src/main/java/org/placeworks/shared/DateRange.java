package org.placeworks.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The days on which something in a record may have happened or may fall due: never before what
 * came before it in the record's own timeline (a closure before the referral), and within a
 * sensible range (a referral in 1900, a payment next year). A date outside is refused naming the
 * field, never saved.
 *
 * @param earliest the first day allowed
 * @param earliestIs what that day is in the record ("the request for support"), or null for the sensible limit
 * @param latest the last day allowed
 * @param latestIs what that day is ("today"), or null for the sensible limit
 */
public record DateRange(LocalDate earliest, String earliestIs, LocalDate latest, String latestIs) {

    /** No record of the council's work is older than this: an earlier year is a typing slip. */
    public static final LocalDate FIRST_RECORD = LocalDate.of(2000, 1, 1);
    /** How far ahead anything may fall due. */
    public static final int YEARS_AHEAD = 5;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Something that has happened: on or before today. */
    public static DateRange past(LocalDate today) {
        return new DateRange(FIRST_RECORD, null, today, "today");
    }

    /** Something that falls due: from today to a few years ahead. */
    public static DateRange due(LocalDate today) {
        return new DateRange(FIRST_RECORD, null, today.plusYears(YEARS_AHEAD), null);
    }

    /** Also not before {@code day}, which is {@code what} in the record; a null day adds nothing. */
    public DateRange notBefore(LocalDate day, String what) {
        return day == null || !day.isAfter(earliest) ? this : new DateRange(day, what, latest, latestIs);
    }

    /** Why {@code day}, the {@code label} (as people read it, e.g. "The closure date"), is not allowed; empty when it is. */
    public Optional<String> problem(String label, LocalDate day) {
        if (day == null) {
            return Optional.empty();
        }
        if (day.isBefore(earliest)) {
            return Optional.of(earliestIs == null
                    ? label + " must be in " + earliest.getYear() + " or later"
                    : label + " cannot be before " + earliestIs + " (" + SHOWN.format(earliest) + ")");
        }
        if (day.isAfter(latest)) {
            return Optional.of("today".equals(latestIs) ? label + " must be today or in the past"
                    : latestIs == null ? label + " must be before " + SHOWN.format(latest.plusDays(1))
                    : label + " cannot be after " + latestIs + " (" + SHOWN.format(latest) + ")");
        }
        return Optional.empty();
    }

    /** Refuses {@code day} naming {@code field} when it is outside the range. */
    public void check(String field, String label, LocalDate day) {
        problem(label, day).ifPresent(message -> {
            throw new InvalidInput(field, message);
        });
    }
}
