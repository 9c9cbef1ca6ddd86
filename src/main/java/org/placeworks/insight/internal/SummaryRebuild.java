package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jboss.logging.Logger;
import org.placeworks.shared.ScheduledRuns;
import org.placeworks.shared.Today;

/**
 * Rebuilds the summary store in one transaction under a PostgreSQL advisory lock, so that several app
 * instances never rebuild at once and readers see the old rows until the new ones are committed.
 */
@ApplicationScoped
public class SummaryRebuild {

    /** The advisory lock key of the rebuild ("insight" in ASCII). */
    public static final long LOCK_KEY = 0x696e7369676874L;
    private static final Logger LOG = Logger.getLogger(SummaryRebuild.class);

    /** The store summed over services and workers, which is what a figure with neither chosen reads. */
    private static final String ROLL_UP = "insert into insight_area_figure (month, neighbourhood_id, strand, measure, value)"
            + " select month, neighbourhood_id, strand, measure, sum(value) from insight_figure";
    private static final String ROLL_UP_GROUPS = " group by month, neighbourhood_id, strand, measure";

    /** A county's full rebuild takes minutes (docs/performance.md), far past the default 60 s transaction. */
    static final int FULL_TIMEOUT_SECONDS = 3600;

    /** The outcome store's full range: every date a record can carry. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    Today today;

    @Inject
    ScheduledRuns runs;

    /** The nightly run for one trigger, claimed by one instance: false when it was run elsewhere or another is rebuilding. */
    @Transactional
    @TransactionConfiguration(timeout = FULL_TIMEOUT_SECONDS)
    public boolean fullUnlessBusy(Instant trigger) {
        // Not this.fullUnlessBusy(): that call is intercepted too, and a transaction timeout may be set only where
        // the transaction begins, so the nightly run failed on every trigger.
        return runs.claim("insight-full-rebuild", trigger) && fullIfFree();
    }

    /** The current month's run for one trigger, claimed by one instance. */
    @Transactional
    public boolean currentMonthUnlessBusy(Instant trigger) {
        return runs.claim("insight-current-month", trigger) && currentMonthUnlessBusy();
    }

    /** Rebuilds every month, waiting for a rebuild another instance is running to end first. */
    @Transactional
    @TransactionConfiguration(timeout = FULL_TIMEOUT_SECONDS)
    public void fullWaiting() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        withoutJit();
        full();
    }

    /** Rebuilds every month; false when another instance is rebuilding (this run skipped). */
    @Transactional
    @TransactionConfiguration(timeout = FULL_TIMEOUT_SECONDS)
    public boolean fullUnlessBusy() {
        return fullIfFree();
    }

    private boolean fullIfFree() {
        if (!tryLock()) {
            LOG.info("Another instance is rebuilding the insight summary: skipped");
            return false;
        }
        withoutJit();
        full();
        return true;
    }

    /** Rebuilds the current month only; false when another instance is rebuilding. */
    @Transactional
    public boolean currentMonthUnlessBusy() {
        if (!tryLock()) {
            return false;
        }
        withoutJit();
        LocalDate on = today.date();
        LocalDate month = today.month().atDay(1);
        em.createNativeQuery("delete from insight_figure where month = ?1").setParameter(1, month).executeUpdate();
        insert(month, month, on, false);
        em.createNativeQuery("delete from insight_area_figure where month = ?1").setParameter(1, month).executeUpdate();
        em.createNativeQuery(ROLL_UP + " where month = ?1" + ROLL_UP_GROUPS).setParameter(1, month).executeUpdate();
        for (String table : OutcomeStoreStatements.TABLES) {
            em.createNativeQuery("delete from " + table + " where month = ?1").setParameter(1, month).executeUpdate();
        }
        outcomes(month, month);
        stamp(false);
        return true;
    }

    private void full() {
        LocalDate on = today.date();
        LocalDate current = today.month().atDay(1);
        // The snapshots of past months cannot be rebuilt: they stay, the rest is replaced.
        em.createNativeQuery("delete from insight_figure where not (measure = any(:snapshots) and month < :current)")
                .setParameter("snapshots", SummaryStatements.SNAPSHOTS.stream().map(Enum::name).toArray(String[]::new))
                .setParameter("current", current).executeUpdate();
        insert(firstMonth(current), current, on, true);
        em.createNativeQuery("delete from insight_area_figure").executeUpdate();
        em.createNativeQuery(ROLL_UP + ROLL_UP_GROUPS).executeUpdate();
        for (String table : OutcomeStoreStatements.TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        // Every date, whatever today is: a closure dated ahead of the clock still counts, as it did before the store.
        outcomes(EARLIEST, LATEST);
        stamp(true);
        LOG.info("Rebuilt the insight summary");
    }

    /**
     * PostgreSQL expects the stock statements to cost far more than they do (a month series it cannot size, a lookup a
     * case), so it compiles them with JIT: about 2 s each for the current month's few hundred open cases, against
     * milliseconds without (docs/performance.md). Off for this transaction only.
     */
    private void withoutJit() {
        em.createNativeQuery("set local jit = off").executeUpdate();
    }

    private boolean tryLock() {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult());
    }

    /** The outcome and timeliness store (V36) for the months from {@code first} to {@code last}. */
    private void outcomes(LocalDate first, LocalDate last) {
        for (String sql : OutcomeStoreStatements.SQL) {
            em.createNativeQuery(sql).setParameter("first", first).setParameter("last", last).executeUpdate();
        }
    }

    private void insert(LocalDate first, LocalDate last, LocalDate on, boolean full) {
        for (String sql : (full ? SummaryStatements.OVER_YEARS : SummaryStatements.ONE_MONTH).values()) {
            var query = em.createNativeQuery(sql);
            if (sql.contains(":first")) {
                query.setParameter("first", first).setParameter("last", last);
            }
            if (sql.contains(":today")) {
                query.setParameter("today", on);
            }
            query.executeUpdate();
        }
    }

    /** The month of the earliest record counted, so that every stock has a value from then on. */
    private LocalDate firstMonth(LocalDate current) {
        Object earliest = em.createNativeQuery("select least((select min(referred_on) from caf_case),"
                + " (select min(cast(reported_at at time zone 'Europe/London' as date)) from estate_issue),"
                + " (select min(held_on) from estate_engagement_event),"
                + " (select min(cast(received_at at time zone 'Europe/London' as date)) from intel_report),"
                + " (select min(decided_on) from grant_request))").getSingleResult();
        LocalDate first = earliest == null ? current : toDate(earliest);
        return first.isAfter(current) ? current : YearMonth.from(first).atDay(1);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp stamp) {
            return stamp.toLocalDateTime().toLocalDate();
        }
        throw new IllegalStateException("Unexpected date " + value.getClass());
    }

    private void stamp(boolean full) {
        String fullAt = full ? "excluded.full_rebuild_at" : "insight_refresh.full_rebuild_at";
        em.createNativeQuery("insert into insight_refresh (id, refreshed_at, full_rebuild_at) values (1, ?1, ?1)"
                        + " on conflict (id) do update set refreshed_at = excluded.refreshed_at, full_rebuild_at = " + fullAt)
                .setParameter(1, today.instant())
                .executeUpdate();
    }
}
