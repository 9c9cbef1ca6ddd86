package org.placeworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.grant.DecisionCommand;
import org.placeworks.grant.DecisionOutcome;
import org.placeworks.grant.DecisionRoute;
import org.placeworks.grant.GrantCategory;
import org.placeworks.grant.GrantFixtures;
import org.placeworks.grant.GrantRequestCommand;
import org.placeworks.grant.GrantRequests;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.Chromium;

/** The finance officer pays an approved grant in Chromium, from the keyboard, with the receipt uploaded. */
@QuarkusTest
class FinanceJourneyTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    @Test
    void theFinanceOfficerPaysAnApprovedGrant() throws Exception {
        String item = "School shoes " + UUID.randomUUID().toString().substring(0, 6);
        approvedAward(item);
        Path receipt = Files.createTempFile("receipt", ".png");
        Files.write(receipt, GrantFixtures.RECEIPT_PNG);

        try (Chromium browser = Chromium.open(app)) {
            browser.signIn("finance");
            browser.press("Grants");
            assertThat(browser.text()).contains("Awards awaiting payment");
            browser.press(item);
            browser.choose("How was it paid?", "Voucher");
            browser.type("Payment reference", "VOUCHER-BROWSER-1");
            browser.date("Date paid", today.date());
            browser.type("Amount paid, in pounds", "35.00");
            browser.attach("Receipt", receipt);
            browser.press("Record the payment");

            assertThat(browser.text()).contains("Payment", "Voucher", "VOUCHER-BROWSER-1", "Download");
        } finally {
            Files.deleteIfExists(receipt);
        }
    }

    private void approvedAward(String item) {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 40);
        CaseView kase = fixtures.activeCase();
        UUID id = actingAs.call("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), () -> requests.request(
                new GrantRequestCommand(kase.id(), kase.needs().get(0).id(), item, GrantCategory.CLOTHING, 3_500L, "Thornbury Shoes",
                        "Family on Universal Credit; showed the award letter", "School uniform bank asked: none in his size", false, fund)));
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR, null,
                DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
    }
}
