package org.placeworks.insight.internal;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.placeworks.caf.CaseClosed;
import org.placeworks.caf.ClosureReason;
import org.placeworks.shared.ScheduledRuns;

/**
 * Makes the 6-month sustainment check of every case closed with its needs met. Daily (each trigger claimed by one
 * instance, {@link ScheduledRuns}), and once at startup after the demo has loaded; and at once when a case closes
 * with its needs met. Every run takes a PostgreSQL advisory lock so that one instance works at a time. Making checks is idempotent (one per case), so a run that overlaps another
 * adds nothing.
 */
@ApplicationScoped
public class SustainmentScheduler {

    /** The advisory lock key of this job ("sustain" in ASCII). */
    public static final long LOCK_KEY = 0x7375737461696eL;
    static final String JOB = "insight-sustainment-checks";
    private static final Logger LOG = Logger.getLogger(SustainmentScheduler.class);

    @Inject
    SustainmentCheckRepository checks;

    @Inject
    ScheduledRuns runs;

    @Scheduled(identity = "insight-sustainment-checks", cron = "{placeworks.insight.outcomes.sustainment-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        makeMissingChecks(ScheduledRuns.trigger(execution));
    }

    /** The daily run for one trigger: checks made, or -1 when another instance ran this trigger (or holds the lock). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int makeMissingChecks(Instant trigger) {
        if (!runs.claim(JOB, trigger)) {
            LOG.infof("Sustainment checks for the trigger at %s already made: skipped", trigger);
            return -1;
        }
        return makeUnlessLocked();
    }

    /** After the demo loader (default priority), so its closed cases get their checks. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        makeMissingChecks();
    }

    /** A case closed with its needs met gets its check once the closure has committed. */
    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed closed) {
        if (closed.reason() == ClosureReason.NEEDS_MET) {
            makeMissingChecks();
        }
    }

    /** Checks made, or -1 when another instance holds the lock and this run skipped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int makeMissingChecks() {
        return makeUnlessLocked();
    }

    /** In the caller's transaction, so that a trigger's claim and its checks commit or roll back together. */
    private int makeUnlessLocked() {
        if (!checks.tryLock(LOCK_KEY)) {
            LOG.info("Another instance is making sustainment checks: skipped");
            return -1;
        }
        int made = checks.createMissing();
        if (made > 0) {
            LOG.infof("Made %d sustainment checks", made);
        }
        return made;
    }
}
