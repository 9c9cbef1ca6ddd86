package org.placeworks.insight.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.insight.SustainmentCounts;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SustainmentCheckRepository implements PanacheRepositoryBase<SustainmentCheck, UUID> {

    /** A service id no service has: stands in for an empty list, which "in" cannot take. */
    private static final UUID NO_SERVICE = new UUID(0, 0);

    /** One batch's work: the checks made, and the last case looked at (where the next batch starts), or null. */
    public record Batch(int made, UUID last) {
    }

    /**
     * Makes the check of up to {@code batch} cases closed with their needs met that have none yet, in the order of
     * their ids from just after {@code after} (null: from the first), with a row for each of its needs, in one
     * statement that reads caf's tables and writes only insight's. The unique case id makes a second run (or one on
     * another instance) add nothing; the ids go forward, so a run over a million cases reads each once.
     */
    public Batch createMissing(UUID after, int batch) {
        Object[] row = (Object[]) make("c.id > cast(:after as uuid)", batch)
                .setParameter("after", after == null ? new UUID(0, 0) : after).getSingleResult();
        boolean full = ((Number) row[2]).intValue() == batch;
        return new Batch(((Number) row[0]).intValue(), full ? (UUID) row[1] : null);
    }

    /** Makes the check of this one case if it closed with its needs met and has none yet: 1 when made, else 0. */
    public int createFor(UUID caseId) {
        Object[] row = (Object[]) make("c.id = cast(:case as uuid)", 1).setParameter("case", caseId).getSingleResult();
        return ((Number) row[0]).intValue();
    }

    /** The making statement for the cases {@code chosen} picks; its row: checks made, the last case id, cases read. */
    private jakarta.persistence.Query make(String chosen, int batch) {
        return getEntityManager().createNativeQuery("""
                with candidates as (
                    select c.id, c.reference, c.family_id, c.owning_service_id, c.lead_professional_id, c.closed_on
                    from caf_case c
                    where c.status = 'CLOSED' and c.closure_reason = 'NEEDS_MET' and c.closed_on is not null
                        and c.lead_professional_id is not null and %s
                        and not exists (select 1 from insight_sustainment_check k where k.case_id = c.id)
                    order by c.id
                    limit :batch
                ), made as (
                    insert into insight_sustainment_check (id, case_id, case_reference, family_id, owning_service_id,
                        lead_professional_id, closed_on, due_on, version)
                    select gen_random_uuid(), c.id, c.reference, c.family_id, c.owning_service_id, c.lead_professional_id,
                        c.closed_on, (c.closed_on + interval '6 months')::date, 0
                    from candidates c
                    on conflict (case_id) do nothing
                    returning id, case_id
                ), outcomes as (
                    insert into insight_sustainment_outcome (id, check_id, need_id, position, headline, need)
                    select gen_random_uuid(), made.id, n.id, n.position, n.headline, n.description
                    from made join caf_need n on n.case_id = made.case_id
                    returning 1
                )
                select (select count(*) from made), (select (array_agg(id order by id desc))[1] from candidates),
                    (select count(*) from candidates)""".formatted(chosen)).setParameter("batch", batch);
    }

    /** Whether this instance got the job's advisory lock for its transaction. */
    public boolean tryLock(long key) {
        return Boolean.TRUE.equals(getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key).getSingleResult());
    }

    public java.util.Optional<SustainmentCheck> forCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }

    /** A lead professional's checks not yet recorded and due by {@code until} (overdue ones included), soonest first. */
    public List<SustainmentCheck> dueFor(UUID leadProfessionalId, LocalDate until) {
        return find("leadProfessionalId = ?1 and recordedAt is null and dueOn <= ?2 order by dueOn, caseReference",
                leadProfessionalId, until).list();
    }

    /** Checks not recorded and past their due date, oldest first: of these services, or of all when {@code all}. */
    public List<SustainmentCheck> overdue(boolean all, Set<UUID> services, LocalDate today) {
        return find("recordedAt is null and dueOn < ?1 and (?2 = true or in_array(owningServiceId, ?3)) order by dueOn, caseReference",
                today, all, services.toArray(UUID[]::new)).list();
    }

    /**
     * How the checks of these services (or all) stand on {@code today}, counted in one statement (a page of a million
     * closed cases' checks must not load them): not recorded and due within {@code ahead}; not recorded and overdue;
     * recorded; recorded with every outcome held.
     */
    public SustainmentCounts counts(boolean all, Set<UUID> services, LocalDate today, LocalDate ahead) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*) filter (where k.recorded_at is null and k.due_on >= :today and k.due_on <= :ahead),
                    count(*) filter (where k.recorded_at is null and k.due_on < :today),
                    count(*) filter (where k.recorded_at is not null),
                    count(*) filter (where k.recorded_at is not null
                        and exists (select 1 from insight_sustainment_outcome o where o.check_id = k.id)
                        and not exists (select 1 from insight_sustainment_outcome o where o.check_id = k.id and o.held is not true))
                from insight_sustainment_check k
                where (:all = true or k.owning_service_id = any(:services))""")
                .setParameter("today", today).setParameter("ahead", ahead).setParameter("all", all)
                .setParameter("services", services.toArray(UUID[]::new)).getSingleResult();
        return new SustainmentCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    /**
     * For each headline outcome, the families (checks) whose check, recorded in [from, to), says it held: of these
     * services (or all), optionally of one service and one lead professional.
     */
    @SuppressWarnings("unchecked")
    public Map<HeadlineOutcome, Long> heldByHeadline(boolean all, Set<UUID> services, UUID service, UUID lead, Instant from,
            Instant to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select o.headline, count(distinct k.id)
                from insight_sustainment_check k join insight_sustainment_outcome o on o.check_id = k.id
                where o.held = true and k.recorded_at >= :from and k.recorded_at < :to
                    and (:all = true or k.owning_service_id = any(:services))
                    and (:anyService = true or k.owning_service_id = :service)
                    and (:anyLead = true or k.lead_professional_id = :lead)
                group by o.headline""")
                .setParameter("from", from).setParameter("to", to).setParameter("all", all)
                .setParameter("services", services.toArray(UUID[]::new))
                .setParameter("anyService", service == null).setParameter("service", service == null ? NO_SERVICE : service)
                .setParameter("anyLead", lead == null).setParameter("lead", lead == null ? NO_SERVICE : lead)
                .getResultList();
        Map<HeadlineOutcome, Long> held = new EnumMap<>(HeadlineOutcome.class);
        rows.forEach(r -> held.put(HeadlineOutcome.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return held;
    }
}
