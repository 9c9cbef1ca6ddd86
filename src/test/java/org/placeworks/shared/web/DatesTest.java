package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dates and times written out directly say exactly what the JDK's formatter says, in London, clocks changing or not. */
class DatesTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static String formatted(Instant at) {
        return TIME.format(at.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    @Test
    void gdsStyle() {
        assertThat(Dates.time(Instant.parse("2026-12-01T14:30:00Z"))).isEqualTo("1 December 2026 at 2:30pm");
        assertThat(Dates.time(Instant.parse("2026-07-01T23:05:59Z"))).isEqualTo("2 July 2026 at 12:05am");
        assertThat(Dates.time(Instant.parse("2026-07-01T11:00:00Z"))).isEqualTo("1 July 2026 at 12:00pm");
        assertThat(Dates.date(LocalDate.of(2026, 3, 9))).isEqualTo("9 March 2026");
        assertThat(Dates.time(null)).isEmpty();
        assertThat(Dates.date(null)).isEmpty();
    }

    @Test
    void timesAsTheFormatterWritesThemAcrossTheYearsAndEveryClockChange() {
        List<Instant> instants = new ArrayList<>();
        Random random = new Random(7);
        long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            instants.add(Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), random.nextInt(1_000_000_000)));
        }
        for (ZoneOffsetTransition change : LONDON.getRules().getTransitions()) {
            for (long second = -2; second <= 2; second++) {
                instants.add(change.getInstant().plusSeconds(second));
                instants.add(change.getInstant().plusSeconds(second * 1800));
            }
        }
        for (Instant at : instants) {
            assertThat(Dates.time(at)).as(at.toString()).isEqualTo(formatted(at));
        }
    }

    @Test
    void datesAsTheFormatterWritesThemWhateverTheYear() {
        for (int year : new int[] { 1, 999, 1000, 2026, 9999, 10_000, -5 }) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertThat(Dates.date(d)).isEqualTo(DATE.format(d));
            }
        }
    }
}
