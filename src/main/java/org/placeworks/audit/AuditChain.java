package org.placeworks.audit;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.placeworks.audit.internal.AuditChainStore;
import org.placeworks.shared.ScheduledRuns;

/**
 * Tamper evidence for the audit trail. Requests only append rows (one INSERT, no lock shared between them); a single
 * sealer, every few seconds and on one instance at a time (an advisory lock), chains the committed entries in insert
 * order into {@code audit_seal}, each link's hash covering the entry and the link before. {@link #verify()} walks the
 * chain and names the first link that does not hold. Entries younger than the last run are not yet sealed: that
 * window is the sealer's period (docs/architecture.md, "Audit").
 */
@ApplicationScoped
public class AuditChain {

    /** The advisory lock key of the sealer ("seal" in ASCII). */
    static final long LOCK_KEY = 0x7365616cL;
    static final String JOB = "audit-seal";
    private static final Logger LOG = Logger.getLogger(AuditChain.class);

    @Inject
    AuditChainStore store;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @ConfigProperty(name = "placeworks.audit.seal-batch", defaultValue = "20000")
    int batch;

    @ConfigProperty(name = "placeworks.audit.seal-lag-entries", defaultValue = "50000")
    long lagEntries;

    @Scheduled(identity = "audit-seal", cron = "{placeworks.audit.seal-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        seal(ScheduledRuns.trigger(execution));
    }

    /** The run for one trigger (claimed by one instance): entries sealed, or -1 when this trigger was run elsewhere. */
    @Transactional
    public int seal(Instant trigger) {
        if (!runs.claim(JOB, trigger)) {
            return -1;
        }
        return seal();
    }

    /** Entries sealed by this run, or -1 when another instance is sealing. */
    @Transactional
    public int seal() {
        if (!store.trySealLock(LOCK_KEY)) {
            return -1;
        }
        int sealed = store.seal(batch, lagEntries, clock.instant());
        if (sealed > 0) {
            // The head in the log, outside the database: a chain rewritten from some point on no longer ends in a head logged before.
            ChainReport head = store.head();
            LOG.infof("Audit chain: sealed %d entries; head at position %d, hash %s", sealed, head.headPosition(), head.headHash());
        }
        return sealed;
    }

    @Transactional
    public ChainReport verify() {
        return store.verify(lagEntries, clock.instant());
    }
}
