package org.placeworks.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.placeworks.testsupport.Chromium;

/**
 * Refreshes the screenshots in docs/screenshots/ from the demo town, so a council can see the product
 * before installing it. Not a test of anything and not part of a normal run (its name is not a test's);
 * run it on purpose, as docs/testing.md says:
 * {@code ./mvnw -B verify -Dtest=Screenshots -Dplaceworks.screenshots=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "placeworks.screenshots", matches = "true")
class Screenshots {

    @TestHTTPResource("/")
    URL app;

    @Test
    void refreshTheScreenshotsInDocs() {
        Path dir = Path.of(System.getProperty("placeworks.project.dir", ".")).resolve("docs/screenshots");
        try (Chromium browser = Chromium.open(app)) {
            browser.driver().get(browser.url("/report"));
            browser.saveScreenshot(dir.resolve("report-form.png"));

            browser.signIn("frontline");
            browser.saveScreenshot(dir.resolve("home.png"));
            browser.driver().get(browser.url("/cases"));
            String firstCase = browser.driver().findElement(By.cssSelector("main a[href^='/cases/']")).getAttribute("href");
            browser.driver().get(firstCase.replaceAll("#.*", ""));
            browser.js("window.scrollTo(0, 0)");
            browser.saveScreenshot(dir.resolve("case.png"));

            browser.forgetSignIns();
            browser.signIn("chair");
            browser.driver().get(browser.url("/panel"));
            String agenda = browser.driver().findElement(By.cssSelector("main a[href^='/panel/meetings/']")).getAttribute("href");
            browser.driver().get(agenda);
            browser.saveScreenshot(dir.resolve("agenda.png"));

            browser.forgetSignIns();
            browser.signIn("manager");
            browser.driver().get(browser.url("/insight/map"));
            browser.js("document.getElementById('measure-heading').scrollIntoView()");
            browser.saveScreenshot(dir.resolve("neighbourhood-map.png"));
        }
    }
}
