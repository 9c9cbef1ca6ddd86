package org.placeworks.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.SustainmentCounts;
import org.placeworks.shared.Today;

/**
 * The manager's sustainment counts are one statement over the checks: they must say what going through the checks
 * one by one says (due within 30 days, overdue, recorded, recorded with every outcome held), for all services and
 * for one.
 */
@QuarkusTest
class SustainmentCountsTest {

    @Inject
    SustainmentCheckRepository checks;

    @Inject
    EntityManager em;

    @Inject
    Today today;

    @Test
    void theCountsAreWhatGoingThroughEachCheckGives() {
        // Changed and counted in one transaction that is rolled back: the demo's checks stay as they were.
        QuarkusTransaction.begin();
        try {
            LocalDate now = today.date();
            @SuppressWarnings("unchecked")
            List<UUID> four = em.createNativeQuery("select id from insight_sustainment_check order by id limit 4").getResultList();
            assertThat(four).hasSize(4);
            // One of each kind, whatever the demo's dates: held in full, recorded with an outcome that did not hold,
            // due in ten days, three days overdue.
            sql("update insight_sustainment_check set recorded_at = now(), recorded_by = 'test' where id in (?1, ?2)",
                    four.get(0), four.get(1));
            String allHeld = "update insight_sustainment_outcome set held = true, evidence = 'Seen at a home visit' where check_id = ?1";
            sql(allHeld, four.get(0));
            sql(allHeld, four.get(1));
            sql("update insight_sustainment_outcome set held = false where id = (select id from insight_sustainment_outcome"
                    + " where check_id = ?1 order by position limit 1)", four.get(1));
            sql("update insight_sustainment_check set recorded_at = null, due_on = ?2 where id = ?1", four.get(2), now.plusDays(10));
            sql("update insight_sustainment_check set recorded_at = null, due_on = ?2 where id = ?1", four.get(3), now.minusDays(3));
            em.flush();
            em.clear();

            List<SustainmentCheck> all = em.createQuery("from SustainmentCheck", SustainmentCheck.class).getResultList();
            SustainmentCounts counted = checks.counts(true, Set.of(), now, now.plusDays(30));
            assertThat(counted).isEqualTo(oneByOne(all, now));
            assertThat(counted.held()).isPositive();
            assertThat(counted.recorded()).isGreaterThan(counted.held());
            assertThat(counted.due()).isPositive();
            assertThat(counted.overdue()).isPositive();

            UUID service = all.get(0).owningServiceId();
            assertThat(checks.counts(false, Set.of(service), now, now.plusDays(30)))
                    .isEqualTo(oneByOne(all.stream().filter(c -> c.owningServiceId().equals(service)).toList(), now));
            assertThat(checks.counts(false, Set.of(), now, now.plusDays(30))).isEqualTo(new SustainmentCounts(0, 0, 0, 0));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** The rule as a reader would apply it to each check. */
    private static SustainmentCounts oneByOne(List<SustainmentCheck> found, LocalDate now) {
        long due = 0;
        long overdue = 0;
        long recorded = 0;
        long held = 0;
        for (SustainmentCheck c : found) {
            if (c.recorded()) {
                recorded++;
                held += c.allHeld() ? 1 : 0;
            } else if (c.dueOn().isBefore(now)) {
                overdue++;
            } else if (!c.dueOn().isAfter(now.plusDays(30))) {
                due++;
            }
        }
        return new SustainmentCounts(due, overdue, recorded, held);
    }

    private void sql(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
