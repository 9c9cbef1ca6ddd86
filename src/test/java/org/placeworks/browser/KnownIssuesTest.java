package org.placeworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.grant.GrantFixtures;
import org.placeworks.testsupport.Chromium;

/**
 * The two pages axe found fault with before the journeys were written, outside any journey: the grant
 * request a chair decides (its "lower amount" reveal marked its radio with aria-expanded) and the area
 * import page (its example files scrolled sideways without being focusable). Both checked by axe and at 320 px.
 */
@QuarkusTest
class KnownIssuesTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    GrantFixtures grants;

    @Test
    void theGrantRequestAChairDecidesPassesAxe() {
        UUID request = grants.request(grants.fundOfPanel(grants.thornburyPanel(), 41), 2_500);
        try (Chromium browser = Chromium.open(app)) {
            browser.signIn("chair");
            browser.visit("/grants/requests/" + request);
            assertThat(browser.text()).contains("Record the decision");
            browser.choose("Decision", "Approve a lower amount");
            browser.assertNoAxeViolations();
        }
    }

    @Test
    void theAreaImportPagePassesAxe() {
        try (Chromium browser = Chromium.open(app)) {
            browser.signIn("admin");
            browser.visit("/admin/areas/import");
            assertThat(browser.text()).contains("Import areas and boundaries");
        }
    }
}
