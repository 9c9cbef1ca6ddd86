package org.placeworks.shared.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.placeworks.shared.Today;

/**
 * Dates and times as every page shows them, in GOV.UK style and UK time:
 * {@code {when:date(d)}} "1 December 2026", {@code {when:weekday(d)}} "Tuesday 1 December 2026",
 * {@code {when:time(t)}} "1 December 2026 at 2:30pm".
 */
@TemplateExtension(namespace = "when")
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private Dates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String weekday(LocalDate date) {
        return date == null ? "" : WEEKDAY.format(date);
    }

    /** The time of day on a 24-hour clock in London, "14:30": for the end of an access on the same day. */
    public static String clock(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("HH:mm", Locale.UK).format(at.atZone(Today.LONDON));
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(Today.LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
