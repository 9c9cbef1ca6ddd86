package org.placeworks.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The date and time as the council sees them: in Europe/London, read from the app's one
 * {@link Clock} (which tests replace). Every feature asks this bean for "today" instead of
 * calling {@code LocalDate.now(...)}, so that a test that moves the clock moves the whole app.
 */
@ApplicationScoped
public class Today {

    /** Where the council is: dates are shown and counted here, times are stored in UTC. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    @Inject
    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    public YearMonth month() {
        return YearMonth.now(clock.withZone(LONDON));
    }

    public Instant instant() {
        return clock.instant();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(LONDON));
    }
}
