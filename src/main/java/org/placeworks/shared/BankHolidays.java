package org.placeworks.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one calendar of bank holidays in England (and Wales), shared by every feature that counts working
 * days or sets meeting days. The regular ones are computed for any year: New Year's Day, Good Friday,
 * Easter Monday, the early May and spring bank holidays, the summer bank holiday, Christmas Day and
 * Boxing Day, with a substitute weekday when one falls at a weekend. One-off days (a coronation, a state
 * funeral) come from configuration ({@code placeworks.calendar.extra-bank-holidays}). A regular day moved
 * by proclamation (the early May holiday of 2020) is not known: add the day it moved to as an extra.
 */
@ApplicationScoped
public class BankHolidays {

    private final Set<LocalDate> extra;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Inject
    public BankHolidays(CalendarSettings settings) {
        this(settings.extraBankHolidays().orElse(List.of()));
    }

    public BankHolidays(List<LocalDate> extra) {
        this.extra = Set.copyOf(extra);
    }

    public boolean isBankHoliday(LocalDate day) {
        return extra.contains(day) || byYear.computeIfAbsent(day.getYear(), BankHolidays::england).contains(day);
    }

    /** Monday to Friday, and not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    /** The day itself if it is a working day, else the next one. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The regular bank holidays of England in a year, with substitute days. */
    public static Set<LocalDate> england(int year) {
        Set<LocalDate> days = new TreeSet<>();
        substituted(days, LocalDate.of(year, 1, 1));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        substituted(days, LocalDate.of(year, 12, 25));
        substituted(days, LocalDate.of(year, 12, 26));
        return days;
    }

    /** A fixed-date holiday, or when it falls at a weekend the next weekday not already a holiday. */
    private static void substituted(Set<LocalDate> days, LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || days.contains(d)) {
            d = d.plusDays(1);
        }
        days.add(d);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
