package org.placeworks.insight.internal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The insight pages run the same number of SQL statements for a manager of one service as for a manager of four:
 * the coverage of every service and the staff of every service are each read once, not once per service.
 * (The same with more cases: {@link CaseloadPageTest#thePagesCostTheSameStatementsWithFiftyMoreCases}.)
 */
@QuarkusTest
class InsightStatementCountTest {

    /** A member of staff made here, whose services this test changes between two readings. */
    static final String MANAGER = "insight-statements-manager";

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Summary summary;

    static List<String> pages(UUID neighbourhood) {
        return List.of("/insight/caseload", "/insight/map", "/insight/neighbourhoods/" + neighbourhood, "/insight/outcomes",
                "/insight/timeliness", "/insight/tables/caseload", "/api/v1/insight/tables/caseload");
    }

    static long statementsFor(SessionFactory sessionFactory, String path) {
        given().get(path).then().statusCode(200); // warm: first use of a query plan or template
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }

    static Map<String, Long> statementsFor(SessionFactory sessionFactory, List<String> paths) {
        Map<String, Long> counts = new LinkedHashMap<>();
        paths.forEach(p -> counts.put(p, statementsFor(sessionFactory, p)));
        return counts;
    }

    @Test
    @TestSecurity(user = MANAGER, roles = "manager")
    void aManagerOfFourServicesCostsTheSameStatementsAsAManagerOfOne() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        UUID staffId = UUID.randomUUID();
        String tag = staffId.toString().substring(0, 8);
        List<UUID> services = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> found = em.createNativeQuery("select id from service where name in ('Family Support Thornbury',"
                    + " 'School Nursing Southbank', 'Housing Estate Team', 'Street Scene Thornbury') order by name = 'Family Support Thornbury' desc, name")
                    .getResultList();
            em.createNativeQuery("insert into staff_member (id, username, given_name, family_name, email, active)"
                    + " values (?1, ?2, 'Insight', 'Statements', 'insight-statements@eastmoor.example', true)")
                    .setParameter(1, staffId).setParameter(2, MANAGER).executeUpdate();
            // A colleague in each service, so that the worker filter has more staff to list with more services.
            for (UUID service : found) {
                UUID colleague = UUID.randomUUID();
                em.createNativeQuery("insert into staff_member (id, username, given_name, family_name, email, active)"
                        + " values (?1, ?2, 'Colleague', ?3, 'colleague@eastmoor.example', true)")
                        .setParameter(1, colleague).setParameter(2, "colleague-" + tag + "-" + service.toString().substring(0, 8))
                        .setParameter(3, tag).executeUpdate();
                em.createNativeQuery("insert into staff_membership (staff_id, service_id) values (?1, ?2)")
                        .setParameter(1, colleague).setParameter(2, service).executeUpdate();
            }
            return found;
        });
        assertThat(services).hasSize(4);
        UUID neighbourhood = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select n.id from area n join area w on w.id = n.parent_id where w.name = 'Northgate' and n.kind = 'NEIGHBOURHOOD'"
                        + " order by n.code limit 1").getSingleResult());
        try {
            summary.refresh();
            member(staffId, services.subList(0, 1));
            // Once unmeasured: what the app loads once (not per request) must not count against the first of the two.
            statementsFor(sessionFactory, pages(neighbourhood));
            Map<String, Long> one = statementsFor(sessionFactory, pages(neighbourhood));
            member(staffId, services);
            Map<String, Long> four = statementsFor(sessionFactory, pages(neighbourhood));
            // No more for four than for one: reading per service would add statements. Not "exactly equal": in a full run,
            // with what other tests leave in the shared database, four has come out lower than one.
            assertThat(four.keySet()).isEqualTo(one.keySet());
            one.forEach((page, n) -> assertThat(four.get(page))
                    .as("statements for %s as a manager of four services, against %d as a manager of one", page, n)
                    .isLessThanOrEqualTo(n));
            // 8 to 11 before the database's wall; its ground is worked out before the page's reading (staff facts and
            // grants read outside it, and read again inside), which measured 20 to 21.
            assertThat(one.values()).as("every page runs a small number of statements: %s", one).allSatisfy(n -> assertThat(n).isBetween(1L, 22L));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from staff_membership where staff_id in (select id from staff_member"
                        + " where id = ?1 or family_name = ?2)").setParameter(1, staffId).setParameter(2, tag).executeUpdate();
                em.createNativeQuery("delete from staff_member where id = ?1 or family_name = ?2").setParameter(1, staffId)
                        .setParameter(2, tag).executeUpdate();
            });
        }
    }

    private void member(UUID staffId, List<UUID> services) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from staff_membership where staff_id = ?1").setParameter(1, staffId).executeUpdate();
            for (UUID service : services) {
                em.createNativeQuery("insert into staff_membership (staff_id, service_id) values (?1, ?2)")
                        .setParameter(1, staffId).setParameter(2, service).executeUpdate();
            }
        });
    }
}
