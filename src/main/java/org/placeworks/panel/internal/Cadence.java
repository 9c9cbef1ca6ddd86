package org.placeworks.panel.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * When a panel meets: the nth weekday of every month ("second Tuesday"), or the last one
 * ("last Thursday"), except in the months it skips (August, say). {@code week} is 1 to 4, or -1 for
 * the last. A meeting day that is a bank holiday moves to the next working day.
 */
public record Cadence(int week, DayOfWeek day, Set<Month> skipped) {

    public static final int LAST = -1;
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth"};

    public Cadence {
        if (day == null || !(week == LAST || (week >= 1 && week <= 4))) {
            throw new IllegalArgumentException("A cadence is the first to fourth, or the last, weekday of the month");
        }
        skipped = skipped == null || skipped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(skipped));
        if (skipped.size() == 12) {
            throw new IllegalArgumentException("A panel meets in at least one month of the year");
        }
    }

    /** Every month. */
    public Cadence(int week, DayOfWeek day) {
        this(week, day, Set.of());
    }

    /** The cadence's day in a month, before any bank holiday moves it. */
    public LocalDate in(YearMonth month) {
        LocalDate first = month.atDay(1);
        return week == LAST ? first.with(TemporalAdjusters.lastInMonth(day))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(week, day));
    }

    /** The meeting day in a month: none in a skipped month; after a bank holiday, the next working day. */
    public java.util.Optional<LocalDate> meetingIn(YearMonth month, Predicate<LocalDate> bankHoliday) {
        if (skipped.contains(month.getMonth())) {
            return java.util.Optional.empty();
        }
        LocalDate date = in(month);
        while (bankHoliday.test(date) || date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return java.util.Optional.of(date);
    }

    /** Meeting days from {@code from} (inclusive) for the given number of months ahead (exclusive), with no bank holidays known. */
    public List<LocalDate> datesFrom(LocalDate from, int months) {
        return datesFrom(from, months, day -> false);
    }

    /** Meeting days from {@code from} (inclusive) for the given number of months ahead (exclusive). */
    public List<LocalDate> datesFrom(LocalDate from, int months, Predicate<LocalDate> bankHoliday) {
        LocalDate until = from.plusMonths(months);
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(until); month = month.plusMonths(1)) {
            meetingIn(month, bankHoliday).filter(date -> !date.isBefore(from) && date.isBefore(until)).ifPresent(dates::add);
        }
        return dates;
    }

    /** The first meeting day after {@code after}. */
    public LocalDate nextAfter(LocalDate after, Predicate<LocalDate> bankHoliday) {
        return datesFrom(after.plusDays(1), 13, bankHoliday).get(0);
    }

    /** "second Tuesday of every month", "... except August". */
    public String describe() {
        return (week == LAST ? "last" : ORDINALS[week]) + " " + day.getDisplayName(TextStyle.FULL, Locale.UK)
                + " of every month" + (skipped.isEmpty() ? "" : " except " + skippedNames());
    }

    /** "August and December". */
    public String skippedNames() {
        List<String> names = skipped.stream().sorted().map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK))
                .collect(Collectors.toList());
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
