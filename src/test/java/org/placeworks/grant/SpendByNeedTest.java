package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;

/**
 * The fund page puts what was awarded for each headline need next to how those needs went (from caf),
 * with small numbers suppressed as in the other breakdowns.
 */
@QuarkusTest
class SpendByNeedTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    ActingAs actingAs;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void spendPerNeedSitsBesideTheNeedsOutcomesAndSmallNumbersAreHidden() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 56);
        for (int i = 0; i < 5; i++) {
            CaseView health = fixtures.activeCase(HeadlineOutcome.HEALTH);
            approved(fund, 4_500, health);
            fixtures.closeWithNeedsMet(health.id());
            approved(fund, 2_000, fixtures.activeCase(HeadlineOutcome.EDUCATION));
        }
        approved(fund, 3_000, fixtures.activeCase(HeadlineOutcome.HOUSING));

        given().get("/api/v1/funds/" + fund).then().statusCode(200)
                .body("byNeed.find { it.spend.name == 'Improved mental and physical health' }.spend.awards", equalTo(5))
                .body("byNeed.find { it.spend.name == 'Improved mental and physical health' }.spend.committedPence", equalTo(22_500))
                .body("byNeed.find { it.spend.name == 'Improved mental and physical health' }.met", equalTo("5"))
                .body("byNeed.find { it.spend.name == 'Improved mental and physical health' }.open", equalTo("0"))
                .body("byNeed.find { it.spend.name == 'Improved mental and physical health' }.averageMove", equalTo("+0.0 points"))
                // One housing award: fewer than 5, and then the next smallest row is withheld too.
                .body("byNeed.find { it.spend.name == 'Secure housing' }.spend.suppressed", equalTo("fewer than 5"))
                .body("byNeed.find { it.spend.name == 'Secure housing' }.met", equalTo("not shown"))
                .body("byNeed.find { it.spend.name == 'Getting a good education' }.spend.awards", equalTo(null))
                .body("byNeed.find { it.spend.name == 'Getting a good education' }.open", equalTo("not shown"));
        String page = given().get("/grants/funds/" + fund).then().statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("id=\"spend-by-need\""), page.indexOf("</table>", page.indexOf("id=\"spend-by-need\"")));
        org.assertj.core.api.Assertions.assertThat(table).contains("Improved mental and physical health").contains("£225.00")
                .contains("Secure housing").contains("fewer than 5").doesNotContain("£30.00").doesNotContain("£100.00");
    }

    private void approved(UUID fund, long pence, CaseView kase) {
        UUID id = fixtures.request(fund, pence, kase);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
    }
}
