package org.placeworks.shared;

import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Exactly one run per trigger of a scheduled job, however many instances fire it. A run claims its trigger by moving
 * the job's row in {@code scheduled_job_claim} on to the trigger's fire time, inside the transaction that does the
 * work: an instance firing the same trigger waits on that row, then finds it claimed (the first committed) or claims
 * it itself (the first was killed mid-job and its transaction rolled back). A late instance, after the commit, skips.
 */
@ApplicationScoped
public class ScheduledRuns {

    @Inject
    EntityManager em;

    /** The trigger a run answers: its scheduled fire time, to the second, which every instance computes alike. */
    public static Instant trigger(ScheduledExecution execution) {
        return execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS);
    }

    /** True when this transaction now holds the job's run for this trigger; false when it was already run. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, Instant trigger) {
        em.createNativeQuery("insert into scheduled_job_claim (job, last_fire) values (?1, '-infinity') on conflict do nothing")
                .setParameter(1, job).executeUpdate();
        return em.createNativeQuery("update scheduled_job_claim set last_fire = ?2 where job = ?1 and last_fire < ?2")
                .setParameter(1, job).setParameter(2, java.sql.Timestamp.from(trigger)).executeUpdate() == 1;
    }
}
