package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/**
 * Every movement of a fund is a line of its ledger (who, when, why), and the fund's totals are the
 * ledger's; a manager of the fund's service tops up or reduces the budget with a reason, never below
 * what is committed and paid.
 */
@QuarkusTest
class FundLedgerTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    Funds funds;

    @Inject
    ActingAs actingAs;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void approvalsCancellationsAndPaymentsAreLinesOfTheLedgerAndItsSumsAreTheFundsTotals() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 60);
        UUID paid = approved(fund, 4_000);
        UUID cancelled = approved(fund, 3_000);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Bought by the school instead", "version", fixtures.version(cancelled)))
                .post("/api/v1/grant-requests/" + cancelled + "/cancellation").then().statusCode(200);
        actingAs.run("finance", Set.of(Roles.FINANCE), () -> requests.pay(paid, new PaymentCommand(PaymentMethod.VOUCHER, "V-LEDGER-1",
                LocalDate.now(ZoneId.of("Europe/London")), 3_800L, "r.png", GrantFixtures.RECEIPT_PNG, fixtures.version(paid))));

        given().get("/api/v1/funds/" + fund + "/ledger").then().statusCode(200)
                .body("kind", equalTo(List.of("OPENING_BUDGET", "COMMITMENT", "COMMITMENT", "RELEASE", "PAYMENT")))
                .body("budgetPence", equalTo(List.of(250_000, 0, 0, 0, 0)))
                .body("committedPence", equalTo(List.of(0, 4_000, 3_000, -3_000, -200)))
                .body("paidPence", equalTo(List.of(0, 0, 0, 0, 3_800)))
                .body("recordedBy", equalTo(List.of("manager", "chair", "chair", "manager", "finance")))
                .body("reason[3]", containsString("Bought by the school instead"))
                .body("reason[4]", containsString("V-LEDGER-1"))
                // Each entry numbered in its fund, with the fund's balances after it (V62).
                .body("entryNo", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("budgetAfterPence", equalTo(List.of(250_000, 250_000, 250_000, 250_000, 250_000)))
                .body("committedAfterPence", equalTo(List.of(0, 4_000, 7_000, 4_000, 3_800)))
                .body("paidAfterPence", equalTo(List.of(0, 0, 0, 0, 3_800)));
        given().get("/api/v1/funds/" + fund).then().statusCode(200).body("budgetPence", equalTo(250_000))
                .body("committedPence", equalTo(3_800)).body("paidPence", equalTo(3_800)).body("ledgerAgrees", equalTo(true))
                .body("ledger.size()", equalTo(5));
        given().get("/grants/funds/" + fund).then().statusCode(200).body(containsString("id=\"ledger\""))
                .body(containsString("Opening budget")).body(containsString("Release")).body(containsString("+£40.00"))
                .body(containsString("−£30.00")).body(not(containsString("id=\"ledger-disagrees\"")))
                // Left to commit after both approvals (£2,500 less £70), and after the £38 payment of the £40 award.
                .body(containsString("Left to commit")).body(containsString("£2,430.00")).body(containsString("£2,462.00"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aFundWhoseRowDisagreesWithItsLedgerSaysSoAndShowsTheLedgersFigures() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 61);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update grant_fund set budget_pence = 999900 where id = ?1")
                .setParameter(1, fund).executeUpdate());
        given().get("/grants/funds/" + fund).then().statusCode(200).body(containsString("id=\"ledger-disagrees\""))
                .body(containsString("£2,500.00"));
        given().get("/api/v1/funds").then().statusCode(200);
        given().get("/api/v1/funds/" + fund).then().body("ledgerAgrees", equalTo(false)).body("budgetPence", equalTo(250_000));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theManagerTopsUpAndReducesTheBudgetThroughTheFormWithAReason() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 62);
        approved(fund, 4_500);
        String page = "/grants/funds/" + fund;
        given().get(page).then().statusCode(200).body(containsString("href=\"" + page + "/budget\""));

        RenderedForm.open(page + "/budget", page + "/budget").set("kind", "TOP_UP").set("amount", "500")
                .set("reason", "Virement from the holiday activities budget").submit().then().statusCode(303);
        // A reduction below what is committed and paid is refused on the form, and nothing changes.
        RenderedForm.open(page + "/budget", page + "/budget").set("kind", "REDUCTION").set("amount", "2999.00")
                .set("reason", "Savings target").submit().then().statusCode(422)
                .body(containsString("The budget cannot go below the £45.00 already committed and paid: reduce it by at most £2,955.00."))
                .body(containsString("href=\"#amount\""));
        RenderedForm.open(page + "/budget", page + "/budget").set("kind", "REDUCTION").set("amount", "")
                .set("reason", "").submit().then().statusCode(422)
                .body(containsString("href=\"#amount\"")).body(containsString("Give the reason for changing the budget"));
        RenderedForm.open(page + "/budget", page + "/budget").set("kind", "REDUCTION").set("amount", "1000")
                .set("reason", "Savings target for the year").submit().then().statusCode(303);
        // A form opened before someone else's change is refused and shown again.
        Forms.from(page + "/budget").formParam("kind", "TOP_UP").formParam("amount", "10").formParam("reason", "Late")
                .formParam("version", "0").post(page + "/budget").then().statusCode(409)
                .body(containsString("This fund was changed by someone else"));

        given().get("/api/v1/funds/" + fund).then().body("budgetPence", equalTo(250_000 + 50_000 - 100_000))
                .body("ledgerAgrees", equalTo(true));
        given().get("/api/v1/funds/" + fund + "/ledger").then()
                .body("kind", equalTo(List.of("OPENING_BUDGET", "COMMITMENT", "TOP_UP", "REDUCTION")))
                .body("budgetPence[2]", equalTo(50_000)).body("budgetPence[3]", equalTo(-100_000))
                .body("reason[2]", equalTo("Virement from the holiday activities budget")).body("recordedBy[3]", equalTo("manager"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theApiRefusesAReductionBelowWhatIsCommittedAndPaidAndAStaleVersion() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 63);
        approved(fund, 5_000);
        long version = version(fund);
        given().contentType(ContentType.JSON).body(Map.of("kind", "REDUCTION", "amountPence", 245_001, "reason", "Cut",
                "version", version)).post("/api/v1/funds/" + fund + "/budget-changes").then().statusCode(422)
                .body(containsString("amount")).body(containsString("reduce it by at most £2,450.00"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "TOP_UP", "amountPence", 1_000, "reason", "More", "version", version + 7))
                .post("/api/v1/funds/" + fund + "/budget-changes").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("kind", "REDUCTION", "amountPence", 245_000, "reason", "Cut to what is spent",
                "version", version)).post("/api/v1/funds/" + fund + "/budget-changes").then().statusCode(200)
                .body("budgetPence", equalTo(5_000)).body("committedPence", equalTo(5_000));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "lead-professional"})
    void theChairWhoSeesTheFundCannotChangeItsBudget() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 64);
        given().get("/grants/funds/" + fund).then().statusCode(200).body(not(containsString("/budget\"")));
        given().get("/grants/funds/" + fund + "/budget").then().statusCode(403);
        Forms.forged("/grants/funds/" + fund).formParam("kind", "TOP_UP").formParam("amount", "abc").formParam("version", "0")
                .post("/grants/funds/" + fund + "/budget").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("kind", "TOP_UP", "amountPence", 1_000, "reason", "More", "version", 0))
                .post("/api/v1/funds/" + fund + "/budget-changes").then().statusCode(403);
        assertThat(actingAs.call("manager", Set.of(Roles.MANAGER), () -> funds.fund(fund).budgetPence())).isEqualTo(250_000L);
    }

    /** A manager whose services do not hold the fund's does not know it exists. */
    @Test
    @TestSecurity(user = "frontline2", roles = "manager")
    void aManagerOfAnotherServiceDoesNotKnowTheFund() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 65);
        given().get("/grants/funds/" + fund + "/budget").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("kind", "TOP_UP", "amountPence", 1_000, "reason", "More", "version", 0))
                .post("/api/v1/funds/" + fund + "/budget-changes").then().statusCode(404);
        given().get("/api/v1/funds/" + fund + "/ledger").then().statusCode(404);
    }

    private UUID approved(UUID fund, long pence) {
        UUID id = fixtures.request(fund, pence);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        return id;
    }

    private long version(UUID fund) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select version from grant_fund where id = ?1").setParameter(1, fund).getSingleResult()).longValue());
    }
}
