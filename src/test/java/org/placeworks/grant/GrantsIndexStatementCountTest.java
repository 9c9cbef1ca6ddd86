package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;

/**
 * The grants page reads the requests it shows and asks caf which of their cases the reader may see, so
 * it costs the same SQL statements with 30 requests awaiting a decision as with 3 (it used to build every
 * case the reader may see); and a case page costs the same with grants asked for on the case as without.
 */
@QuarkusTest
class GrantsIndexStatementCountTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    GrantRequests requests;

    @Inject
    org.placeworks.identity.ActingAs actingAs;

    private long statementsFor(String path) {
        return org.placeworks.testsupport.Statements.ofGet(sessionFactory, path);
    }

    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void theGrantsPageCostsTheSameStatementsForThirtyRequestsAsForThree() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 60);
        CaseView first = null;
        for (int i = 0; i < 3; i++) {
            CaseView kase = fixtures.activeCase();
            first = first == null ? kase : first;
            fixtures.request(fund, 1_000 + i, kase);
        }
        long forThree = statementsFor("/grants");
        for (int i = 3; i < 30; i++) {
            fixtures.request(fund, 1_000 + i, fixtures.activeCase());
        }
        long forThirty = statementsFor("/grants");
        assertThat(forThirty).as("/grants statements, 30 requests awaiting a decision vs 3").isEqualTo(forThree);
        given().get("/grants").then().statusCode(200).body(containsString(first.reference()));
    }

    /**
     * The case page's grants section reads the requests with their funds and payments in one statement: three requests,
     * one of them paid, from two funds, cost what one does (each fund and the payments were read by a statement of their
     * own). With none, which funds the reader sees is never asked, so the page costs a statement or two less.
     */
    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void theCasePageCostsTheSameStatementsWithThreeGrantsOnePaidAsWithOne() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 61);
        UUID other = fixtures.fundOfPanel(fixtures.thornburyPanel(), 62);
        CaseView kase = fixtures.activeCase();
        fixtures.request(other, 1_200, kase);
        long one = statementsFor("/cases/" + kase.id());

        UUID paid = fixtures.request(fund, 2_000, kase);
        actingAs.run("chair", java.util.Set.of(org.placeworks.identity.Roles.PANEL_CHAIR), () -> requests.decide(paid,
                new DecisionCommand(DecisionRoute.CHAIR, null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(paid))));
        actingAs.run("finance", java.util.Set.of(org.placeworks.identity.Roles.FINANCE), () -> requests.pay(paid, new PaymentCommand(
                PaymentMethod.VOUCHER, "V-PAGE", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")), 2_000L, "r.png",
                GrantFixtures.RECEIPT_PNG, fixtures.version(paid))));
        fixtures.request(fund, 1_500, kase);
        long three = statementsFor("/cases/" + kase.id());

        assertThat(three).as("case page statements, three grant requests (one paid, two funds) vs one").isEqualTo(one);
        String page = given().get("/cases/" + kase.id()).then().statusCode(200).extract().asString();
        assertThat(page).contains("£20.00, Paid", "£15.00, Awaiting decision", "£12.00, Awaiting decision");
    }
}
