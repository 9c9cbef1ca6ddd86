package org.placeworks.caf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import org.placeworks.shared.BankHolidays;

/** Working days: Monday to Friday, except bank holidays (the app's one calendar, {@link BankHolidays}). */
public final class WorkingDays {

    private final Predicate<LocalDate> bankHoliday;

    public WorkingDays(Collection<LocalDate> bankHolidays) {
        this.bankHoliday = Set.copyOf(bankHolidays)::contains;
    }

    public WorkingDays(BankHolidays calendar) {
        this.bankHoliday = calendar::isBankHoliday;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHoliday.test(day);
    }

    /** The day that is {@code days} working days after {@code from} (from itself does not count). */
    public LocalDate after(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
