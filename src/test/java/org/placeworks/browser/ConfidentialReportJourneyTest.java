package org.placeworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Places;
import org.placeworks.intelligence.Reports;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.Chromium;

/**
 * Community Intelligence in Chromium, from the keyboard: a resident reports a concern on the public page, finding
 * the address by its postcode, and checks it with the receipt code; the intelligence officer finds that report,
 * grades it and passes it on.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialReportJourneyTest {

    /** 5 Wharf Street, on the Millbrook Estate: police, housing and early help all cover it. */
    private static final long WHARF_STREET = 100090000175L;

    @TestHTTPResource("/")
    URL app;

    @Inject
    Reports reports;

    @Inject
    Places places;

    @Inject
    Today today;

    Chromium browser;

    @BeforeAll
    void openTheBrowser() {
        browser = Chromium.open(app);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResidentReportsAConcernAndTheIntelligenceOfficerGradesItAndPassesItOn() {
        String code = aResidentReportsAConcernAndChecksItWithTheReceiptCode();
        // The officer finds it by the reference the list shows; the test learns it as the resident's receipt shows it.
        String reference = reports.statusByReceipt(code).orElseThrow().reference();
        theIntelligenceOfficerGradesTheReportAndPassesItOn(reference);
    }

    private String aResidentReportsAConcernAndChecksItWithTheReceiptCode() {
        AddressView wharfStreet = places.addressByUprn(WHARF_STREET).orElseThrow();
        browser.visit("/report");
        browser.type("What happened?", "Cars stop at the garages on Wharf Street every evening and a lad hands something through the window.");
        browser.choose("What is it about?", "Drug dealing");
        browser.date("When did it happen?", today.date().minusDays(1));
        browser.choose("Where did it happen?", "At an address I can find by its postcode");
        browser.type("Postcode", wharfStreet.postcode());
        browser.press("Find addresses");
        browser.choose("Address", wharfStreet.line1());
        browser.choose("Did this happen to", "No");
        browser.choose("May we contact you", "Do not contact me");
        browser.press("Send the report");

        assertThat(browser.text()).contains("Report sent");
        String code = browser.driver().findElement(By.id("receipt-code")).getText().strip();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

        browser.press("check your report or add information");
        browser.type("Receipt code", code.toLowerCase().replace("-", ""));
        browser.press("Check the report");
        assertThat(browser.text()).contains("Your report", "Drug dealing", "Information you added None yet");

        browser.type("What else do you want to tell us?", "It happened again tonight at ten.");
        browser.press("Add to the report");
        assertThat(browser.text()).contains("We have added your information to the report", "Information you added Once");

        browser.press("Accessibility statement");
        assertThat(browser.text()).contains("Accessibility statement for Placeworks", "Enforcement procedure");
        return code;
    }

    private void theIntelligenceOfficerGradesTheReportAndPassesItOn(String reference) {
        browser.signIn("intel");
        browser.press("Reports");
        browser.press(reference);
        assertThat(browser.text()).contains("It happened again tonight at ten.");
        browser.press("Triage");
        browser.choose("Source evaluation", "2: Untested");
        browser.choose("Intelligence assessment", "C: Known indirectly");
        browser.choose("Handling code", "P: Lawful sharing permitted");
        browser.type("Sanitised summary", "Cars stop at the Wharf Street garages most evenings; items are passed through car windows.");
        browser.type("Note for the reporter (optional)", "Thank you: an officer is looking at what you told us.");
        browser.press("Save the grading and summary");
        assertThat(browser.text()).contains("2C P");

        browser.choose("Pass the sanitised summary to", "Housing Estate Team");
        browser.press("Pass it on");
        String page = browser.text();
        assertThat(page.substring(page.indexOf("Passed on"), page.indexOf("Estate issues"))).contains("Housing Estate Team");
    }
}
