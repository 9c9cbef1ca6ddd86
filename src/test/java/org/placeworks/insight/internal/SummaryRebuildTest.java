package org.placeworks.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.InsightFilter;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Today;

/** The rebuild's figures for records whose counts are worked out by hand (see {@link SummaryFixture}). */
@QuarkusTest
class SummaryRebuildTest {

    @Inject
    EntityManager em;

    @Inject
    Summary summary;

    @Inject
    Today today;

    @Inject
    SummaryRebuild rebuild;

    SummaryFixture fixture;

    @BeforeEach
    void write() {
        fixture = new SummaryFixture(em).write();
        summary.refresh();
    }

    @AfterEach
    void delete() {
        fixture.delete();
    }

    private static InsightFilter period(String from, String to) {
        return new InsightFilter(YearMonth.parse(from), YearMonth.parse(to), null, null, null);
    }

    private Map<UUID, Map<Measure, Long>> read(InsightFilter filter) {
        return summary.byNeighbourhood(filter, List.of(fixture.north, fixture.south));
    }

    @Test
    void flowsAreCountedInTheMonthTheyHappenedWhereTheFamilyLivedThen() {
        var figures = read(period("2024-02", "2024-04"));
        var north = figures.get(fixture.north);
        var south = figures.get(fixture.south);
        // Referred in north: the moving family's case (10 Feb, before the move), the staying family's case and its
        // declined re-referral.
        assertThat(north.get(Measure.REFERRALS)).isEqualTo(3);
        assertThat(north.get(Measure.RE_REFERRALS)).isEqualTo(1);
        assertThat(south.get(Measure.REFERRALS)).isZero();
        // Closed on 20 April, after the move to south; the declined request is not a closure.
        assertThat(north.get(Measure.CLOSURES)).isZero();
        assertThat(south.get(Measure.CLOSURES)).isEqualTo(1);
        assertThat(south.get(Measure.CLOSURES_ALL_NEEDS_MET)).isEqualTo(1);
        assertThat(south.get(Measure.CLOSURES_WITH_OUTCOMES)).isEqualTo(1);
        assertThat(north.get(Measure.ESTATE_ISSUES_REPORTED)).isEqualTo(1);
        assertThat(south.get(Measure.INTELLIGENCE_REPORTS)).isEqualTo(1);

        // February alone: the two first referrals only.
        assertThat(read(period("2024-02", "2024-02")).get(fixture.north).get(Measure.REFERRALS)).isEqualTo(2);
    }

    @Test
    void stocksAreTheValueAtThePeriodsLastMonthEnd() {
        // End of March: the closed case is open in south (moved 15 March) with its two children; the other case is
        // open in north with one child and its assessment (due 10 March, done 5 April) overdue; the issue is open and
        // overdue; the re-referral declined on 6 March is not open.
        var march = read(period("2024-01", "2024-03"));
        assertThat(march.get(fixture.north).get(Measure.OPEN_CASES)).isEqualTo(1);
        assertThat(march.get(fixture.south).get(Measure.OPEN_CASES)).isEqualTo(1);
        assertThat(march.get(fixture.north).get(Measure.CHILDREN_ON_OPEN_CASES)).isEqualTo(1);
        assertThat(march.get(fixture.south).get(Measure.CHILDREN_ON_OPEN_CASES)).isEqualTo(2);
        assertThat(march.get(fixture.north).get(Measure.OVERDUE_ASSESSMENTS)).isEqualTo(1);
        assertThat(march.get(fixture.north).get(Measure.OPEN_ESTATE_ISSUES)).isEqualTo(1);
        assertThat(march.get(fixture.north).get(Measure.OVERDUE_ESTATE_ISSUES)).isEqualTo(1);

        // End of April: the closed case closed, the assessment done, the issue fixed.
        var april = read(period("2024-04", "2024-04"));
        assertThat(april.get(fixture.north).get(Measure.OPEN_CASES)).isEqualTo(1);
        assertThat(april.get(fixture.south).get(Measure.OPEN_CASES)).isZero();
        assertThat(april.get(fixture.north).get(Measure.OVERDUE_ASSESSMENTS)).isZero();
        assertThat(april.get(fixture.north).get(Measure.OPEN_ESTATE_ISSUES)).isZero();
    }

    @Test
    void theTrendHasOneValuePerMonth() {
        var trend = summary.trend(fixture.north, Measure.OPEN_CASES, period("2024-01", "2024-05"));
        assertThat(trend).containsExactly(
                Map.entry(YearMonth.parse("2024-01"), 0L),
                Map.entry(YearMonth.parse("2024-02"), 2L),
                Map.entry(YearMonth.parse("2024-03"), 1L),
                Map.entry(YearMonth.parse("2024-04"), 1L),
                Map.entry(YearMonth.parse("2024-05"), 1L));
    }

    @Test
    void theWorkerServiceAndStrandFiltersNarrowTheFigures() {
        // Only the closed case has a lead professional.
        var byWorker = summary.byNeighbourhood(new InsightFilter(YearMonth.parse("2024-02"), YearMonth.parse("2024-04"),
                null, null, fixture.worker), List.of(fixture.north, fixture.south));
        assertThat(byWorker.get(fixture.north).get(Measure.REFERRALS)).isEqualTo(1);
        assertThat(byWorker.get(fixture.north).get(Measure.ESTATE_ISSUES_REPORTED)).isZero();

        var estateOnly = summary.byNeighbourhood(new InsightFilter(YearMonth.parse("2024-02"), YearMonth.parse("2024-04"),
                Strand.ESTATE_SERVICES, null, null), List.of(fixture.north));
        assertThat(estateOnly.get(fixture.north).get(Measure.REFERRALS)).isZero();
        assertThat(estateOnly.get(fixture.north).get(Measure.ESTATE_ISSUES_REPORTED)).isEqualTo(1);

        var otherService = summary.byNeighbourhood(new InsightFilter(YearMonth.parse("2024-02"), YearMonth.parse("2024-04"),
                null, UUID.randomUUID(), null), List.of(fixture.north));
        assertThat(otherService.get(fixture.north).get(Measure.REFERRALS)).isZero();
        var thisService = summary.byNeighbourhood(new InsightFilter(YearMonth.parse("2024-02"), YearMonth.parse("2024-04"),
                null, fixture.service, null), List.of(fixture.north));
        assertThat(thisService.get(fixture.north).get(Measure.REFERRALS)).isEqualTo(3);
    }

    @Test
    void stocksOnlyKnownNowAreSnapshotsOfTheCurrentMonthAndPastSnapshotsAreKept() {
        YearMonth now = today.month();
        var current = summary.byNeighbourhood(new InsightFilter(now, now, null, null, null), List.of(fixture.north));
        assertThat(current.get(fixture.north).get(Measure.OVERDUE_REVIEWS)).isEqualTo(1);
        assertThat(current.get(fixture.north).get(Measure.AWAITING_SIGN_OFF)).isEqualTo(1);

        // A snapshot taken in January 2024 stays through a full rebuild; a flow written then is rebuilt away.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into insight_figure (month, neighbourhood_id, strand, measure, value)"
                    + " values (date '2024-01-01', ?1, 'EARLY_INTERVENTION', 'OVERDUE_REVIEWS', 7),"
                    + " (date '2024-01-01', ?1, 'EARLY_INTERVENTION', 'REFERRALS', 7)")
                    .setParameter(1, fixture.south).executeUpdate();
        });
        summary.refresh();
        var january = read(period("2024-01", "2024-01")).get(fixture.south);
        assertThat(january.get(Measure.OVERDUE_REVIEWS)).isEqualTo(7);
        assertThat(january.get(Measure.REFERRALS)).isZero();
    }

    @Test
    void theRollUpIsTheDetailSummedOverServicesAndWorkersAfterEitherRebuild() {
        summary.refresh();
        assertThat(rollUpDifferences()).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from insight_area_figure").getSingleResult()).longValue())).isPositive();
        QuarkusTransaction.requiringNew().run(() -> rebuild.currentMonthUnlessBusy());
        assertThat(rollUpDifferences()).isZero();
    }

    @Test
    void theCurrentMonthsRunWritesWhatTheFullRebuildWroteForIt() {
        // The two runs place families differently (spans joined, or looked up one by one) and the full one gives each
        // case only its own months: the current month must come out the same, row for row.
        summary.refresh();
        List<String> full = currentMonthRows();
        assertThat(full).isNotEmpty();
        QuarkusTransaction.requiringNew().run(() -> rebuild.currentMonthUnlessBusy());
        assertThat(currentMonthRows()).isEqualTo(full);
    }

    @SuppressWarnings("unchecked")
    private List<String> currentMonthRows() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select concat_ws(' ', neighbourhood_id, strand,"
                + " service_id, worker_id, measure, value) from insight_figure where month = ?1 order by 1")
                .setParameter(1, today.month().atDay(1)).getResultList());
    }

    /** Rows of the roll-up that are not the detail summed, and the other way round. */
    private long rollUpDifferences() {
        String detail = "select month, neighbourhood_id, strand, measure, sum(value) from insight_figure"
                + " group by month, neighbourhood_id, strand, measure";
        String rollUp = "select month, neighbourhood_id, strand, measure, value from insight_area_figure";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select (select count(*) from ("
                + detail + " except " + rollUp + ") a) + (select count(*) from (" + rollUp + " except " + detail + ") b)")
                .getSingleResult()).longValue());
    }

    @Test
    void theRefreshIsStamped() {
        assertThat(summary.refreshedAt()).isNotNull().isBeforeOrEqualTo(today.instant());
    }

    @Test
    void twoRefreshesAtOnceLeaveOneConsistentSetOfRows() throws Exception {
        String totals = "select measure || ':' || sum(value) || ':' || count(*) from insight_figure group by measure order by measure";
        List<?> before = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(totals).getResultList());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                summary.refresh();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // The same rows as after one refresh: none twice, none lost.
        List<?> after = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(totals).getResultList());
        assertThat(after).isEqualTo(before).isNotEmpty();
        Number duplicated = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from (select 1 from insight_figure group by month, neighbourhood_id, strand, service_id,"
                        + " worker_id, measure having count(*) > 1) d").getSingleResult());
        assertThat(duplicated.longValue()).isZero();
    }

    @Test
    void theNightlyRunRebuildsOncePerTrigger() {
        Instant trigger = today.instant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(rebuild.fullUnlessBusy(trigger)).isTrue();
        assertThat(rebuild.fullUnlessBusy(trigger)).isFalse();
        assertThat(rollUpDifferences()).isZero();
    }

    @Test
    void aScheduledRebuildSkipsWhileAnotherInstanceHoldsTheLock() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<?> instance = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SummaryRebuild.LOCK_KEY).getSingleResult();
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(rebuild.fullUnlessBusy()).isFalse();
            assertThat(rebuild.currentMonthUnlessBusy()).isFalse();
        } finally {
            release.countDown();
            instance.get(60, TimeUnit.SECONDS);
            other.shutdown();
        }
        assertThat(rebuild.currentMonthUnlessBusy()).isTrue();
    }
}
