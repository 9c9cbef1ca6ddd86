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
 * case the reader may see).
 */
@QuarkusTest
class GrantsIndexStatementCountTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

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
}
