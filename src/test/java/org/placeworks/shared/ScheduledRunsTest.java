package org.placeworks.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.panel.internal.MeetingScheduler;

/**
 * Two instances firing the same trigger of a scheduled job: one runs it. Each "instance" here is its own thread and
 * database transaction, as two app instances on one database are; a killed instance is a transaction the server
 * rolls back, which is what PostgreSQL does when a connection drops mid-transaction.
 */
@QuarkusTest
class ScheduledRunsTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Inject
    ScheduledRuns runs;

    @Inject
    EntityManager em;

    @Inject
    MeetingScheduler meetings;

    private final ExecutorService instances = Executors.newFixedThreadPool(2);
    private final String job = "test-job-" + UUID.randomUUID();

    @AfterEach
    void stop() {
        instances.shutdownNow();
    }

    @Test
    void aTriggerIsClaimedOnceAndTheNextTriggerAgain() {
        assertTrue(claimAndCommit(NINE), "the first instance claims the trigger");
        assertFalse(claimAndCommit(NINE), "a second instance, firing after the first committed, skips");
        assertFalse(claimAndCommit(NINE.minusSeconds(10)), "an earlier trigger seen late is not run again");
        assertTrue(claimAndCommit(NINE.plusSeconds(10)), "the next trigger runs");
    }

    @Test
    void anInstanceFiringWhileAnotherRunsWaitsThenSkips() throws Exception {
        assertFalse(whileAnotherInstanceRuns(true), "the first instance committed its run: the second skips");
    }

    @Test
    void anInstanceKilledMidJobLeavesTheTriggerToTheOther() throws Exception {
        assertTrue(whileAnotherInstanceRuns(false), "the first instance's run rolled back: the second runs the trigger");
    }

    @Test
    void theScheduledPanelJobRunsOncePerTrigger() {
        Instant trigger = Instant.parse("2099-01-01T02:15:00Z");
        assertTrue(meetings.scheduleAhead(trigger) >= 0, "the first instance schedules");
        assertEquals(-1, meetings.scheduleAhead(trigger), "the same trigger on another instance skips");
    }

    /** One instance claims and holds its transaction open; a second claims the same trigger; then the first ends. */
    private boolean whileAnotherInstanceRuns(boolean firstCommits) throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    assertTrue(runs.claim(job, NINE));
                    claimed.countDown();
                    await(finish);
                    if (!firstCommits) {
                        throw new Killed();
                    }
                });
            } catch (RuntimeException e) {
                // Rolled back, as PostgreSQL rolls back the transaction of a client that died.
                if (!(e instanceof Killed || e.getCause() instanceof Killed)) {
                    throw e;
                }
            }
            return true;
        }, instances);
        claimed.await(2, TimeUnit.MINUTES);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claimAndCommit(NINE), instances);
        awaitSecondWaitingOnTheClaim();
        finish.countDown();
        first.get(2, TimeUnit.MINUTES);
        return second.get(2, TimeUnit.MINUTES);
    }

    private boolean claimAndCommit(Instant trigger) {
        return QuarkusTransaction.requiringNew().call(() -> runs.claim(job, trigger));
    }

    /** The second instance has reached the claim's row and waits on the first's lock (polled, not timed). */
    private void awaitSecondWaitingOnTheClaim() throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%scheduled_job_claim%'")
                    .getSingleResult()).longValue());
            if (waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second instance never reached the claim");
    }

    /** The first instance dying mid-run: its transaction ends without a commit. */
    private static final class Killed extends RuntimeException {
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
