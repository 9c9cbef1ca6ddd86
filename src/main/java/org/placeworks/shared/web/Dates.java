package org.placeworks.shared.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Locale;
import org.placeworks.shared.Today;

/**
 * Dates and times as every page shows them, in GOV.UK style and UK time:
 * {@code {when:date(d)}} "1 December 2026", {@code {when:weekday(d)}} "Tuesday 1 December 2026",
 * {@code {when:time(t)}} "1 December 2026 at 2:30pm".
 * <p>
 * Dates and times are written out directly rather than through a {@link DateTimeFormatter}: a case page shows dozens
 * (its timeline and history), and the formatter's work was 4% of the app's CPU a page (docs/performance-log.md).
 * {@code DatesTest} holds them to the formatter's output.
 */
@TemplateExtension(namespace = "when")
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final String[] MONTHS = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK))
            .toArray(String[]::new);
    private static final ZoneRules LONDON = Today.LONDON.getRules();

    private Dates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : day(new StringBuilder(17), date).toString();
    }

    public static String weekday(LocalDate date) {
        return date == null ? "" : WEEKDAY.format(date);
    }

    /** The time of day on a 24-hour clock in London, "14:30": for the end of an access on the same day. */
    public static String clock(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("HH:mm", Locale.UK).format(at.atZone(Today.LONDON));
    }

    public static String time(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), LONDON.getOffset(at));
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        StringBuilder b = day(new StringBuilder(30), t.toLocalDate()).append(" at ").append(hour).append(':');
        if (t.getMinute() < 10) {
            b.append('0');
        }
        return b.append(t.getMinute()).append(t.getHour() < 12 ? "am" : "pm").toString();
    }

    /** "1 December 2026"; a year outside four digits as the formatter writes it (padded, or signed). */
    private static StringBuilder day(StringBuilder b, LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return b.append(DATE.format(d));
        }
        return b.append(d.getDayOfMonth()).append(' ').append(MONTHS[d.getMonthValue() - 1]).append(' ').append(d.getYear());
    }
}
