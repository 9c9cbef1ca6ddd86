package org.placeworks.shared;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The council's calendar: one-off bank holidays on top of the regular ones {@link BankHolidays} computes. */
@ConfigMapping(prefix = "placeworks.calendar")
public interface CalendarSettings {

    /** Extra bank holidays, such as a coronation or a state funeral (dates, comma-separated). */
    Optional<List<LocalDate>> extraBankHolidays();
}
