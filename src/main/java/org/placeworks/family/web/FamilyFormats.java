package org.placeworks.family.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.placeworks.family.NhsNumber;

/** How family pages show dates and numbers: {@code {fam:date(p.dateOfBirth)}}. Times are shown in Europe/London. */
@TemplateExtension(namespace = "fam")
public class FamilyFormats {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(LONDON));
    }

    static String nhs(String digits) {
        return digits == null ? "" : NhsNumber.formatted(digits);
    }

    static String percent(double similarity) {
        return Math.round(similarity * 100) + "%";
    }
}
