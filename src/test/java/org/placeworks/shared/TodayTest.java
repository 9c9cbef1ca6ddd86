package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.MovableClock;
import org.placeworks.testsupport.RenderedForm;

/** "Today" is the council's date, read from the one clock: moving the clock moves the whole app. */
@QuarkusTest
class TodayTest {

    @Inject
    MovableClock clock;

    @Inject
    Today today;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void todayIsTheDateInLondonNotInUtc() {
        clock.moveTo(Instant.parse("2027-03-31T23:30:00Z"));
        assertThat(today.date()).isEqualTo(LocalDate.of(2027, 4, 1));
        clock.moveTo(Instant.parse("2027-01-31T23:30:00Z"));
        assertThat(today.date()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aNewFundOpensInTheFinancialYearOfTheAppsToday() {
        clock.moveTo(Instant.parse("2027-03-31T12:00:00Z"));
        assertThat(RenderedForm.open("/grants/funds/new").value("yearStart")).isEqualTo("2026");
        clock.moveTo(Instant.parse("2027-04-01T12:00:00Z"));
        assertThat(RenderedForm.open("/grants/funds/new").value("yearStart")).isEqualTo("2027");
    }
}
