package org.placeworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.placeworks.geography.Places;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.Chromium;

/**
 * Community Intelligence in Chromium, from the keyboard: a resident reports a concern on the public page
 * and checks it with the receipt code; the intelligence officer grades a report and passes it on.
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
    void aResidentReportsAConcernAndChecksItWithTheReceiptCode() {
        browser.visit("/report");
        browser.type("What happened?", "Young people kick a ball against the flats' windows every evening until midnight.");
        browser.choose("What is it about?", "Anti-social behaviour");
        browser.date("When did it happen?", today.date().minusDays(1));
        browser.choose("Where did it happen?", "Somewhere I will describe");
        browser.type("Describe the place", "The grass behind the garages on Orchard Way.");
        browser.choose("Did this happen to", "Not sure");
        browser.choose("May we contact you", "Do not contact me");
        browser.press("Send the report");

        assertThat(browser.text()).contains("Report sent");
        String code = browser.driver().findElement(By.id("receipt-code")).getText().strip();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

        browser.press("check your report or add information");
        browser.type("Receipt code", code.toLowerCase().replace("-", ""));
        browser.press("Check the report");
        assertThat(browser.text()).contains("Your report", "Anti-social behaviour", "Information you added None yet");

        browser.type("What else do you want to tell us?", "It happened again tonight at ten.");
        browser.press("Add to the report");
        assertThat(browser.text()).contains("We have added your information to the report", "Information you added Once");

        browser.press("Accessibility statement");
        assertThat(browser.text()).contains("Accessibility statement for Placeworks", "Enforcement procedure");
    }

    @Test
    void theIntelligenceOfficerGradesAReportAndPassesItOn() {
        ReportReceipt report = report();
        browser.signIn("intel");

        browser.press("Reports");
        browser.press(report.reference());
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

    private ReportReceipt report() {
        UUID address = places.addressByUprn(WHARF_STREET).orElseThrow().id();
        return reports.submitPublic(new NewReport(ReportCategory.DRUG_DEALING,
                "Cars stop at the garages on Wharf Street every evening and a lad hands something through the window.",
                today.date().minusDays(2), null, ReportLocation.address(address, null), Victim.NO,
                new ReporterDetails(null, null, null)));
    }
}
