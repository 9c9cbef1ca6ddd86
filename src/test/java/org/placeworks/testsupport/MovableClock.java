package org.placeworks.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The app's one clock, in tests: the real time unless a test moves it. A test that moves it
 * puts it back ({@link #reset()}) when it ends, since every test in the run shares it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Clock now = Clock.systemUTC();

    /** Stops the clock at this instant. */
    public void moveTo(Instant at) {
        now = Clock.fixed(at, ZoneOffset.UTC);
    }

    /** Noon today in London: what a test records "today" at a morning hour is then already past, whenever it runs. */
    public void moveToNoonToday() {
        moveTo(java.time.ZonedDateTime.now(org.placeworks.shared.Today.LONDON).withHour(12).withMinute(0).withSecond(0)
                .withNano(0).toInstant());
    }

    public void reset() {
        now = Clock.systemUTC();
    }

    @Override
    public ZoneId getZone() {
        return now.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return now.withZone(zone);
    }

    @Override
    public Instant instant() {
        return now.instant();
    }
}
