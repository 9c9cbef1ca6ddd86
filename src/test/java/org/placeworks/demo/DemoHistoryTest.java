package org.placeworks.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo's two years of early help history as the test profile loaded it (through the services, at
 * start): every neighbourhood's share, the deprivation gradient, four in five closed, and re-referrals
 * linked to the case before; and the loader's guard, so a second start adds nothing. Read with SQL,
 * as the counts are the test's and no feature offers them.
 */
@QuarkusTest
class DemoHistoryTest {

    private static final String HISTORY = "c.created_by in ('kbrennan', 'jmensah', 'rcosta')";

    @Inject
    EntityManager em;

    @Inject
    DemoLoader loader;

    @Inject
    DemoHistory history;

    /** Per neighbourhood (by code): decile, children, history cases, of them closed. */
    private Map<String, long[]> perNeighbourhood() {
        Map<String, long[]> rows = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("select n.code, n.deprivation_decile, n.child_population, count(c.id),"
                + " count(c.id) filter (where c.status = 'CLOSED') from area n"
                + " left join address a on a.neighbourhood_id = n.id left join family f on f.address_id = a.id"
                + " left join caf_case c on c.family_id = f.id and " + HISTORY
                + " where n.kind = 'NEIGHBOURHOOD' group by n.code, n.deprivation_decile, n.child_population order by n.code")
                .getResultList();
        // The demo town's eight, not those other tests add.
        java.util.Set<Object> demo = java.util.Arrays.stream(DemoPlace.NEIGHBOURHOODS).map(n -> n[0]).collect(java.util.stream.Collectors.toSet());
        result.stream().filter(r -> demo.contains(r[0])).forEach(r -> rows.put((String) r[0], new long[] {((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue()}));
        return rows;
    }

    @Test
    void everyNeighbourhoodHasItsShareOfTheHistoryMoreWhereDeprivationIsHigher() {
        Map<String, long[]> rows = perNeighbourhood();
        assertThat(rows).hasSize(8);
        List<HistoryPlan.Neighbourhood> town = new ArrayList<>();
        for (int n = 0; n < DemoPlace.NEIGHBOURHOODS.length; n++) {
            town.add(new HistoryPlan.Neighbourhood(n, (Integer) DemoPlace.NEIGHBOURHOODS[n][3], (Integer) DemoPlace.NEIGHBOURHOODS[n][5]));
        }
        int[] shares = HistoryPlan.shares(history.size(), town);
        for (int n = 0; n < DemoPlace.NEIGHBOURHOODS.length; n++) {
            assertThat(rows.get((String) DemoPlace.NEIGHBOURHOODS[n][0])[2]).as("cases in %s", DemoPlace.NEIGHBOURHOODS[n][1])
                    .isEqualTo(shares[n]).isGreaterThanOrEqualTo(10);
        }
        assertThat(rows.values().stream().mapToLong(r -> r[2]).sum()).isEqualTo(history.size()).isEqualTo(280);
        // Referrals per child: deciles 1-2 about three times deciles 8-9.
        double most = rate(rows, 1, 2);
        double least = rate(rows, 8, 9);
        assertThat(most / least).isBetween(2.5, 3.5);
    }

    private static double rate(Map<String, long[]> rows, int fromDecile, int toDecile) {
        long cases = 0;
        long children = 0;
        for (long[] r : rows.values()) {
            if (r[0] >= fromDecile && r[0] <= toDecile) {
                cases += r[2];
                children += r[1];
            }
        }
        return 1000.0 * cases / children;
    }

    @Test
    void aboutFourInFiveAreClosedWithOutcomesAndSomeFamiliesCameBack() {
        long total = count("select count(*) from caf_case c where " + HISTORY);
        long closed = count("select count(*) from caf_case c where status = 'CLOSED' and " + HISTORY);
        assertThat((double) closed / total).isBetween(0.72, 0.88);
        // Every closure of a case the family consented to has an outcome for each of its needs.
        assertThat(count("select count(*) from caf_case c join caf_need n on n.case_id = c.id where c.status = 'CLOSED'"
                + " and c.closure_reason <> 'STEPPED_UP' and n.outcome is null and " + HISTORY)).isZero();
        assertThat(count("select count(*) from caf_case c where c.closure_reason = 'STEPPED_UP' and " + HISTORY)).isPositive();
        assertThat(count("select count(*) from caf_case c where c.stepped_down and " + HISTORY)).isPositive();
        assertThat(count("select count(*) from caf_case c where c.previous_case_id is not null and " + HISTORY)).isPositive();
        // Nothing the history asked for is left waiting for the manager's sign-off.
        assertThat(count("select count(*) from caf_case c where " + HISTORY + " and exists (select 1 from caf_sign_off s"
                + " where s.case_id = c.id and s.state = 'AWAITING')")).isZero();
        // Open cases, some of them with the review overdue.
        assertThat(count("select count(*) from caf_case c where c.status = 'ACTIVE_PLAN' and c.next_review_due_on < current_date and "
                + HISTORY)).isPositive();
    }

    @Test
    void startingAgainOnTheSameDatabaseAddsNothing() {
        long cases = count("select count(*) from caf_case");
        long families = count("select count(*) from family");
        long staff = count("select count(*) from staff_member");
        loader.onStart(null);
        assertThat(count("select count(*) from caf_case")).isEqualTo(cases);
        assertThat(count("select count(*) from family")).isEqualTo(families);
        assertThat(count("select count(*) from staff_member")).isEqualTo(staff);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
