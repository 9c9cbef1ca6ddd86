package org.placeworks.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * A request asked again must find every query it runs in Hibernate's plan cache. A query whose plan is never found
 * adds an entry each time, all with one hash: a profile of the dashboard found 9% of its time walking them
 * (docs/performance.md), and the walk grows with every request until the cache is full.
 */
@QuarkusTest
class QueryPlansTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    private int plans() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void pagesAskedAgainAddNoQueryPlan() {
        assertSameCacheAfterFiveMore(List.of("/insight/caseload", "/cases?scope=all", "/families"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theCasePageAndItsReadsAskedAgainAddNoQueryPlan() {
        Object[] mine = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("select c.id, c.family_id"
                + " from caf_case c join staff_member s on s.id = c.lead_professional_id where s.username = 'frontline'"
                + " and c.status <> 'CLOSED' order by c.reference limit 1").getSingleResult());
        assertSameCacheAfterFiveMore(List.of("/cases", "/cases/" + mine[0], "/api/v1/cases/" + mine[0], "/families/" + mine[1]));
    }

    private void assertSameCacheAfterFiveMore(List<String> pages) {
        for (int i = 0; i < 2; i++) {
            pages.forEach(page -> given().get(page).then().statusCode(200));
        }
        int known = plans();

        for (int i = 0; i < 5; i++) {
            pages.forEach(page -> given().get(page).then().statusCode(200));
        }

        assertThat(plans()).as("query plans after asking each page five more times").isEqualTo(known);
    }
}
