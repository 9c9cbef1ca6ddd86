package org.placeworks.panel.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a panel meets: the nth weekday of every month ("second Tuesday"), or the last one
 * ("last Thursday"). {@code week} is 1 to 4, or -1 for the last.
 */
public record Cadence(int week, DayOfWeek day) {

    public static final int LAST = -1;
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth"};

    public Cadence {
        if (day == null || !(week == LAST || (week >= 1 && week <= 4))) {
            throw new IllegalArgumentException("A cadence is the first to fourth, or the last, weekday of the month");
        }
    }

    /** The meeting day in a month. */
    public LocalDate in(YearMonth month) {
        LocalDate first = month.atDay(1);
        return week == LAST ? first.with(TemporalAdjusters.lastInMonth(day))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(week, day));
    }

    /** Meeting days from {@code from} (inclusive) for the given number of months ahead (exclusive). */
    public List<LocalDate> datesFrom(LocalDate from, int months) {
        LocalDate until = from.plusMonths(months);
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(until); month = month.plusMonths(1)) {
            LocalDate date = in(month);
            if (!date.isBefore(from) && date.isBefore(until)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** "second Tuesday of every month". */
    public String describe() {
        return (week == LAST ? "last" : ORDINALS[week]) + " " + day.getDisplayName(TextStyle.FULL, Locale.UK)
                + " of every month";
    }
}
