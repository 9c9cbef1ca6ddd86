package org.placeworks.insight.internal;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.placeworks.caf.CaseClosed;
import org.placeworks.caf.ClosureReason;
import org.placeworks.shared.ScheduledRuns;

/**
 * Makes the 6-month sustainment check of every case closed with its needs met. Daily (each trigger claimed by one
 * instance, {@link ScheduledRuns}), and once beside each start (the demo makes its own as it loads); and at once, for
 * that case only, when a case closes with its needs met. Every batch of the daily job takes a PostgreSQL advisory lock
 * so that one instance works at a time. Making checks is idempotent (one per case), so a run that overlaps another
 * adds nothing.
 */
@ApplicationScoped
public class SustainmentScheduler {

    /** The advisory lock key of this job ("sustain" in ASCII). */
    public static final long LOCK_KEY = 0x7375737461696eL;
    static final String JOB = "insight-sustainment-checks";
    private static final Logger LOG = Logger.getLogger(SustainmentScheduler.class);

    /** Cases whose checks one transaction makes: a few seconds of work at most, well inside the transaction timeout. */
    static final int BATCH = 2_000;

    @Inject
    SustainmentCheckRepository checks;

    @Inject
    ScheduledRuns runs;

    @Inject
    ImpactSettings settings;

    @Scheduled(identity = "insight-sustainment-checks", cron = "{placeworks.insight.outcomes.sustainment-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        makeMissingChecks(ScheduledRuns.trigger(execution));
    }

    /** The daily run for one trigger: checks made, or -1 when another instance ran this trigger (or holds the lock). */
    public int makeMissingChecks(Instant trigger) {
        if (!claim(trigger)) {
            LOG.infof("Sustainment checks for the trigger at %s already made: skipped", trigger);
            return -1;
        }
        return makeMissingChecks();
    }

    /** Whether this instance claimed the trigger (each trigger is run by one instance). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(Instant trigger) {
        return runs.claim(JOB, trigger);
    }

    /**
     * At every start, after the demo loader (default priority), the checks a closure did not make (the instance stopped
     * between the closure's commit and its check; closed cases imported or generated) are made beside the start, on a
     * worker thread: the walk reads every case closed with its needs met (0.8 s at 200,000 cases; an imported backlog
     * of 585,000 took 80 s, past the minute Kubernetes gives a pod to start), and nobody needs a check sooner than
     * the day it falls due, six months after the closure.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (settings.sustainmentAtStart()) {
            catchUp();
        }
    }

    /** The start's catch-up, on a worker thread: the checks made, or -1 when another instance was making them. */
    CompletableFuture<Integer> catchUp() {
        return CompletableFuture.supplyAsync(this::makeMissingChecks, Infrastructure.getDefaultWorkerPool())
                .whenComplete((made, failure) -> {
                    if (failure != null) {
                        LOG.error("The sustainment checks missing at start were not made; the daily job will make them", failure);
                    }
                });
    }

    /**
     * A case closed with its needs met gets its check once the closure has committed: that case's only, one indexed
     * statement on the closing request's thread (the whole walk, at a million cases, belongs to the daily job).
     */
    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed closed) {
        if (closed.reason() == ClosureReason.NEEDS_MET) {
            makeCheckOf(closed.caseId());
        }
    }

    /** The check of one case, in its own transaction: 1 when made, 0 when it has one or does not qualify. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int makeCheckOf(UUID caseId) {
        return checks.createFor(caseId);
    }

    /** Checks made, or -1 when another instance holds the lock and this run skipped. */
    public int makeMissingChecks() {
        return makeMissingChecks(BATCH);
    }

    /**
     * Checks made, {@code batch} cases at a time, each batch in a transaction of its own: a council's first run over
     * years of closed cases (an import, or the synthetic million of the benchmark) made them all in one transaction,
     * which outlived its timeout, so the app did not start. -1 when another instance holds the lock.
     */
    int makeMissingChecks(int batch) {
        int total = 0;
        UUID after = null;
        do {
            SustainmentCheckRepository.Batch done = batchOf(after, batch);
            if (done == null) {
                return total == 0 ? -1 : total;
            }
            total += done.made();
            after = done.last();
        } while (after != null);
        if (total > 0) {
            LOG.infof("Made %d sustainment checks", total);
        }
        return total;
    }

    /** One batch under the job's lock, in its own transaction; null when another instance holds the lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SustainmentCheckRepository.Batch batchOf(UUID after, int batch) {
        if (!checks.tryLock(LOCK_KEY)) {
            LOG.info("Another instance is making sustainment checks: skipped");
            return null;
        }
        return checks.createMissing(after, batch);
    }
}
