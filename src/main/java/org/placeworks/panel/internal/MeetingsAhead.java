package org.placeworks.panel.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.placeworks.panel.PanelSettings;
import org.placeworks.shared.BankHolidays;

/**
 * Puts panels' meetings in the diary for the months ahead, on their cadence: none in a month the
 * panel skips, and a meeting day that is a bank holiday moves to the next working day (the app's
 * one calendar). Meetings already there are left alone.
 */
@ApplicationScoped
public class MeetingsAhead {

    @Inject
    PanelRepository panels;

    @Inject
    MeetingRepository meetings;

    @Inject
    PanelSettings settings;

    @Inject
    BankHolidays bankHolidays;

    /** Meetings of every panel; returns how many were made. */
    public int scheduleAll(LocalDate from) {
        int made = 0;
        for (Panel panel : panels.listAll()) {
            made += schedule(panel, from);
        }
        return made;
    }

    public int schedule(Panel panel, LocalDate from) {
        int made = 0;
        for (LocalDate date : panel.cadence().datesFrom(from, settings.monthsAhead(), bankHolidays::isBankHoliday)) {
            if (!meetings.exists(panel.id(), date)) {
                meetings.persist(new Meeting(panel.id(), date, panel.startTime()));
                made++;
            }
        }
        return made;
    }

    /** The panel's next meeting day on its cadence after the given day. */
    public LocalDate nextAfter(Panel panel, LocalDate after) {
        return panel.cadence().nextAfter(after, bankHolidays::isBankHoliday);
    }
}
