package org.placeworks.panel.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.placeworks.panel.PanelSettings;

/** Puts panels' meetings in the diary for the months ahead; meetings already there are left alone. */
@ApplicationScoped
public class MeetingsAhead {

    @Inject
    PanelRepository panels;

    @Inject
    MeetingRepository meetings;

    @Inject
    PanelSettings settings;

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
        for (LocalDate date : panel.cadence().datesFrom(from, settings.monthsAhead())) {
            if (!meetings.exists(panel.id(), date)) {
                meetings.persist(new Meeting(panel.id(), date, panel.startTime()));
                made++;
            }
        }
        return made;
    }
}
