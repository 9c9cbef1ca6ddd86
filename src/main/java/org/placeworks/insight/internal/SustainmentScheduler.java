package org.placeworks.insight.internal;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.placeworks.caf.CaseClosed;
import org.placeworks.caf.ClosureReason;

/**
 * Makes the 6-month sustainment check of every case closed with its needs met. Daily, and once at startup
 * after the demo has loaded, under a PostgreSQL advisory lock so that one instance does it; and at once when a
 * case closes with its needs met. Making checks is idempotent (one per case), so a run that overlaps another
 * adds nothing.
 */
@ApplicationScoped
public class SustainmentScheduler {

    /** The advisory lock key of this job ("sustain" in ASCII). */
    public static final long LOCK_KEY = 0x7375737461696eL;
    private static final Logger LOG = Logger.getLogger(SustainmentScheduler.class);

    @Inject
    SustainmentCheckRepository checks;

    @Scheduled(identity = "insight-sustainment-checks", cron = "{placeworks.insight.outcomes.sustainment-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        makeMissingChecks();
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
