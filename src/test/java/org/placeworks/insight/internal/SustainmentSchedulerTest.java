package org.placeworks.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseClosed;
import org.placeworks.caf.ClosureReason;

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

    @Inject
    Event<CaseClosed> closures;

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

        long due = due();
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

    /** Cases closed with their needs met and a lead professional: each should have a check. */
    private long due() {
        return number("select count(*) from caf_case where status = 'CLOSED' and closure_reason = 'NEEDS_MET' "
                + "and lead_professional_id is not null");
    }

    /**
     * Takes away the checks of {@code cases} cases, as if closed before the job existed. Only checks not yet recorded: a
     * recorded one (the demo's Thornton family, which the claims tests read) would come back blank.
     */
    private long takeAwayChecks(int cases, String order) {
        return QuarkusTransaction.requiringNew().call(() -> (long) em.createNativeQuery("delete from insight_sustainment_check "
                + "where case_id in (select case_id from insight_sustainment_check where recorded_at is null "
                + "order by case_id " + order + " limit " + cases + ")").executeUpdate());
    }

    @Test
    void aBacklogLargerThanABatchIsMadeBatchByBatchToTheEnd() {
        long due = due();
        // Three cases lose their checks; batches of one case each.
        assertThat(takeAwayChecks(3, "desc")).isEqualTo(3);

        assertThat(scheduler.makeMissingChecks(1)).isEqualTo(3);
        assertThat(number("select count(*) from insight_sustainment_check")).isEqualTo(due);
        assertThat(scheduler.makeMissingChecks(1)).isZero();
    }

    @Test
    void theStartsCatchUpMakesTheMissingChecks() throws Exception {
        long due = due();
        assertThat(takeAwayChecks(2, "asc")).isEqualTo(2);

        int made = scheduler.catchUp().get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(made).isEqualTo(2);
        assertThat(number("select count(*) from insight_sustainment_check")).isEqualTo(due);
    }

    @Test
    void aClosureWithNeedsMetMakesThatCasesCheckAndNoOther() {
        // Two cases closed with their needs met lose their checks (not recorded ones, which other tests read); then one of
        // them closes (the event its closure fires).
        @SuppressWarnings("unchecked")
        List<Object[]> two = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select c.id, c.reference "
                + "from caf_case c join insight_sustainment_check k on k.case_id = c.id where k.recorded_at is null "
                + "order by c.id limit 2").getResultList());
        UUID closing = (UUID) two.get(0)[0];
        UUID other = (UUID) two.get(1)[0];
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from insight_sustainment_check where case_id in (?1, ?2)")
                .setParameter(1, closing).setParameter(2, other).executeUpdate());

        // A closure for another reason makes nothing; the check follows only once the closure has committed.
        QuarkusTransaction.requiringNew().run(() -> closures.fire(new CaseClosed(closing, (String) two.get(0)[1], "A referrer",
                "referrer@example.org", ClosureReason.SINGLE_AGENCY)));
        assertThat(number("select count(*) from insight_sustainment_check where case_id = '" + closing + "'")).isZero();
        QuarkusTransaction.requiringNew().run(() -> closures.fire(new CaseClosed(closing, (String) two.get(0)[1], "A referrer",
                "referrer@example.org", ClosureReason.NEEDS_MET)));

        assertThat(number("select count(*) from insight_sustainment_check where case_id = '" + closing + "'")).isEqualTo(1);
        assertThat(number("select count(*) from insight_sustainment_check where case_id = '" + other + "'"))
                .as("a closure makes its own case's check, not every missing one").isZero();
        // The other case's check is the daily job's to make.
        assertThat(scheduler.makeMissingChecks()).isEqualTo(1);
    }
}
