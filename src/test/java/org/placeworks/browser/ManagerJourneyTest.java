package org.placeworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.placeworks.testsupport.Chromium;

/**
 * The manager reads the neighbourhood figures in Chromium, from the keyboard: the insight dashboard, the
 * map shaded by a measure, one neighbourhood's page, and the map's table downloaded as CSV.
 */
@QuarkusTest
class ManagerJourneyTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theManagerReadsTheNeighbourhoodDashboardAndMapAndExportsIt() throws Exception {
        try (Chromium browser = Chromium.open(app)) {
            browser.signIn("manager");
            browser.press("Insight");
            assertThat(browser.text()).contains("Your neighbourhoods", "Mill Lane");

            browser.press("Neighbourhood map");
            assertThat(browser.driver().findElements(By.cssSelector("#neighbourhood-map-figure svg"))).isNotEmpty();
            browser.select("Shade the map by", "New referrals per 1,000 children");
            browser.press("Show on the map");
            assertThat(browser.driver().findElement(By.id("measure-heading")).getText()).startsWith("New referrals per 1,000 children");

            String csvHref = browser.driver().findElement(By.cssSelector("a[href*='.csv']")).getAttribute("href");
            Map<String, Object> answer = browser.fetchHeaders(csvHref);
            assertThat(answer.get("status")).isEqualTo(200L);
            assertThat(String.valueOf(answer.get("type"))).startsWith("text/csv");
            assertThat(String.valueOf(answer.get("disposition"))).startsWith("attachment");

            Path csv = browser.download("/insight/tables/");
            String content = Files.readString(csv);
            assertThat(content.lines().findFirst().orElseThrow()).isNotBlank();
            assertThat(content).contains("Mill Lane");

            browser.press("Mill Lane");
            assertThat(browser.text()).contains("Mill Lane");
        }
    }
}
