package org.placeworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.placeworks.panel.PanelFixtures;
import org.placeworks.panel.PanelView;
import org.placeworks.testsupport.Chromium;

/**
 * The panel chair's meeting in Chromium, from the keyboard: publishes the agenda, records attendance (one
 * agency sends its deputy), starts the meeting, records the decision on a case, closes the meeting and
 * circulates the minutes for accuracy. The panel is a test panel of its own, so the demo's is left alone.
 */
@QuarkusTest
class ChairJourneyTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    org.placeworks.testsupport.MovableClock clock;

    /** Noon in London, so that what the journey records "today" (a visit at 10:30, a meeting at 09:30) is past whenever it runs. */
    @org.junit.jupiter.api.BeforeEach
    void noon() {
        clock.moveToNoonToday();
    }

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.reset();
    }

    @Inject
    PanelFixtures fixtures;

    @Test
    void theChairPreparesTheAgendaRunsTheMeetingAndCirculatesTheMinutes() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        String family = "Quennell" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q") + " family";
        UUID kase = fixtures.consentedCase(family, Set.of("Eastmoor District Council", "Eastmoor Community Health NHS Trust",
                "Eastmoor Homes"), Set.of());
        fixtures.listItem(meeting, kase, family);

        try (Chromium browser = Chromium.open(app)) {
            browser.signIn("chair");
            browser.press("Panel");
            browser.pressLinkTo("/panel/meetings/" + meeting);
            assertThat(browser.text()).contains(family);
            browser.press("Publish the agenda");

            browser.press("Run the meeting");
            browser.check("The chair");
            browser.select("Attendance of Eastmoor District Council", "Present");
            browser.select("Attendance of Eastmoor Community Health NHS Trust", "Deputy attended");
            browser.type("Deputy attending for Eastmoor Community Health NHS Trust", "Dr Asha Patel");
            browser.select("Attendance of Eastmoor Homes", "Present");
            browser.press("Save attendance");
            browser.check("I read the statement and everyone present acknowledged it");
            browser.press("Start the meeting");
            assertThat(browser.text()).contains("Quorate");

            browser.select("Decision", "Agree a support package");
            browser.type("Reasons", "The school and the family agree a morning routine plan; health visitor to join.");
            browser.press("Record the decision");
            assertThat(browser.text()).contains("Decided: Agree a support package");

            browser.press("Close the meeting and produce the minutes");
            assertThat(browser.path()).isEqualTo("/panel/meetings/" + meeting + "/minutes");
            assertThat(browser.text()).contains("Dr Asha Patel", "Agree a support package");
            browser.press("Circulate for accuracy");
            assertThat(browser.driver().findElement(By.id("minutes-status")).getText()).isEqualTo("Circulated for accuracy");
        }
    }
}
