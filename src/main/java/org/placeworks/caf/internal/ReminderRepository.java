package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the daily reminders read and write: found in SQL, never by loading every case. */
@ApplicationScoped
public class ReminderRepository {

    @Inject
    EntityManager em;

    /** Something a worker must do on a case by a day: {@code staffId} for casework, {@code username} for a call to make. */
    public record Item(UUID staffId, String username, String reference, String what, LocalDate dueOn) {
    }

    /**
     * Claims the day's run: one row per day under a unique key, so with several instances only the first
     * to insert sends (the others wait for its commit, then find the row). False when the day was claimed.
     */
    public boolean claim(LocalDate day, Instant at) {
        return em.createNativeQuery("insert into caf_reminder_run (run_on, ran_at) values (:day, :at) on conflict (run_on) do nothing")
                .setParameter("day", day).setParameter("at", at).executeUpdate() == 1;
    }

    public void sent(LocalDate day, int count) {
        em.createNativeQuery("update caf_reminder_run set sent = :n where run_on = :day").setParameter("n", count)
                .setParameter("day", day).executeUpdate();
    }

    /** Assessments, reviews and plan actions of open cases due by {@code horizon} (overdue ones too), and calls still to make. */
    @SuppressWarnings("unchecked")
    public List<Item> dueBy(LocalDate horizon) {
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(c.lead_professional_id, c.allocated_worker_id), cast(null as text), c.reference,
                       'Complete the assessment', c.assessment_due_on
                  from caf_case c where c.status = 'ASSESSMENT' and c.assessment_due_on <= :horizon
                   and coalesce(c.lead_professional_id, c.allocated_worker_id) is not null
                union all
                select c.lead_professional_id, null, c.reference, 'Review the plan', c.next_review_due_on
                  from caf_case c where c.status = 'ACTIVE_PLAN' and c.next_review_due_on <= :horizon
                   and c.lead_professional_id is not null
                union all
                select a.owner_staff_id, null, c.reference, 'A plan action you own', a.due_on
                  from caf_action a join caf_case c on c.id = a.case_id
                 where c.status <> 'CLOSED' and a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.due_on <= :horizon
                union all
                select null, k.assigned_to, c.reference, 'Phone the referrer to tell them the outcome', k.created_on
                  from caf_referrer_call k join caf_case c on c.id = k.case_id where k.done_on is null
                order by 5, 3
                """).setParameter("horizon", horizon).getResultList();
        return rows.stream().map(r -> new Item((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                org.placeworks.shared.SqlValues.localDate(r[4]))).toList();
    }


    @SuppressWarnings("unchecked")
    public Set<UUID> optedOut() {
        return Set.copyOf(em.createNativeQuery("select staff_id from caf_reminder_opt_out").getResultList());
    }

    public boolean optedOut(UUID staffId) {
        return !em.createNativeQuery("select 1 from caf_reminder_opt_out where staff_id = :id").setParameter("id", staffId)
                .getResultList().isEmpty();
    }

    public void optOut(UUID staffId, Instant at) {
        em.createNativeQuery("insert into caf_reminder_opt_out (staff_id, since) values (:id, :at) on conflict do nothing")
                .setParameter("id", staffId).setParameter("at", at).executeUpdate();
    }

    public void optIn(UUID staffId) {
        em.createNativeQuery("delete from caf_reminder_opt_out where staff_id = :id").setParameter("id", staffId).executeUpdate();
    }
}
