package org.placeworks.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The job that makes sustainment checks: one per case closed with its needs met and a lead professional, with a row
 * per need; run again (as the daily job and every instance will), it makes nothing more.
 */
@QuarkusTest
class SustainmentSchedulerTest {

    @Inject
    SustainmentScheduler scheduler;

    @Inject
    EntityManager em;

    private long number(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void aCheckIsMadeOncePerCaseClosedWithNeedsMetHoweverOftenTheJobRuns() {
        // The demo's Murphy family: closed with needs met; its check is taken away, as if the case had just closed.
        UUID murphy = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select c.id from caf_case c join family f on f.id = c.family_id where f.name = 'Murphy family'").getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from insight_sustainment_check where case_id = ?1")
                .setParameter(1, murphy).executeUpdate());

        assertThat(scheduler.makeMissingChecks()).isEqualTo(1);
        assertThat(scheduler.makeMissingChecks()).isZero();

        long due = number("select count(*) from caf_case where status = 'CLOSED' and closure_reason = 'NEEDS_MET' "
                + "and lead_professional_id is not null");
        assertThat(due).isGreaterThanOrEqualTo(4);
        assertThat(number("select count(*) from insight_sustainment_check")).isEqualTo(due);
        assertThat(number("select count(distinct case_id) from insight_sustainment_check")).isEqualTo(due);
        assertThat(number("select count(*) from insight_sustainment_check where case_id not in (select id from caf_case "
                + "where closure_reason = 'NEEDS_MET')")).isZero();
        // Every need of the case has its row, with its headline outcome, and the check falls due 6 months after closure.
        assertThat(number("select count(*) from insight_sustainment_outcome o join insight_sustainment_check k on k.id = o.check_id "
                + "where k.case_id = '" + murphy + "'")).isEqualTo(number("select count(*) from caf_need where case_id = '" + murphy + "'"))
                .isEqualTo(2);
        assertThat(number("select count(*) from insight_sustainment_check k join caf_case c on c.id = k.case_id "
                + "where k.due_on <> (c.closed_on + interval '6 months')::date")).isZero();
    }

    @Test
    void aBacklogLargerThanABatchIsMadeBatchByBatchToTheEnd() {
        long due = number("select count(*) from caf_case where status = 'CLOSED' and closure_reason = 'NEEDS_MET' "
                + "and lead_professional_id is not null");
        // Three cases lose their checks, as if closed before the job existed; batches of one case each.
        long taken = QuarkusTransaction.requiringNew().call(() -> (long) em.createNativeQuery("delete from insight_sustainment_check "
                + "where case_id in (select case_id from insight_sustainment_check order by case_id desc limit 3)").executeUpdate());
        assertThat(taken).isEqualTo(3);

        assertThat(scheduler.makeMissingChecks(1)).isEqualTo(3);
        assertThat(number("select count(*) from insight_sustainment_check")).isEqualTo(due);
        assertThat(scheduler.makeMissingChecks(1)).isZero();
    }
}
