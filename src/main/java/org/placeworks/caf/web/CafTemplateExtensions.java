package org.placeworks.caf.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the early help pages show them: in full, in UK time. */
@TemplateExtension(namespace = "caf")
public class CafTemplateExtensions {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
