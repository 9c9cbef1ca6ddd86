package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.insight.InsightFilter;

/**
 * The timeliness tables' figures as they were worked out before the store (V36): straight from the cases, for tests
 * to check the store against. How quickly early help moves, counted and its medians taken in PostgreSQL ({@code percentile_cont}), by
 * owning service or by worker, with the whole scope as a grouping set of its own: one statement per table,
 * never loading a case into Java. Raw figures: internal only, published through the core's suppression.
 */
@ApplicationScoped
public class CaseScanTimeliness {

    @Inject
    EntityManager em;

    public TimelinessQueries.Grouped timeliness(InsightFilter filter, Collection<UUID> neighbourhoods,
            TimelinessQueries.Grouping grouping) {
        String column = grouping == TimelinessQueries.Grouping.SERVICE ? "c.owning_service_id" : ScopedCases.WORKER;
        ScopedCases scoped = ScopedCases.of(filter, neighbourhoods, column + " as grp, c.referred_on,"
                + " c.assessment_due_on, c.assessment_completed_on, c.status, c.closed_on, c.referral_decision,"
                + " (select min(r.held_on) from caf_review r where r.case_id = c.id) as first_review_on",
                ScopedCases.ASSESSED_IN_PERIOD, ScopedCases.REVIEWED_IN_PERIOD, ScopedCases.CLOSED_IN_PERIOD);
        Map<UUID, TimelinessQueries.Stage[]> stages = new LinkedHashMap<>();
        TimelinessQueries.Stage[] total = {TimelinessQueries.Stage.NONE, TimelinessQueries.Stage.NONE, TimelinessQueries.Stage.NONE};
        if (!scoped.empty()) {
            String sql = scoped.cte() + """
                    select 0, grp, grouping(grp), count(*),
                           count(*) filter (where c.assessment_completed_on <= c.assessment_due_on),
                           percentile_cont(0.5) within group (order by c.assessment_completed_on - c.referred_on)
                      from scoped c where c.assessment_completed_on between :from and :to
                     group by grouping sets ((grp), ())
                    union all
                    select 1, grp, grouping(grp), count(*), 0,
                           percentile_cont(0.5) within group (order by c.first_review_on - c.referred_on)
                      from scoped c where c.first_review_on between :from and :to
                     group by grouping sets ((grp), ())
                    union all
                    select 2, grp, grouping(grp), count(*), 0,
                           percentile_cont(0.5) within group (order by c.closed_on - c.referred_on)
                      from scoped c where c.status = 'CLOSED' and c.closed_on between :from and :to and %s
                     group by grouping sets ((grp), ())
                    """.formatted(ScopedCases.BECAME_EARLY_HELP);
            Query query = em.createNativeQuery(sql);
            scoped.withPeriod().forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] r : rows) {
                int stage = ((Number) r[0]).intValue();
                TimelinessQueries.Stage s = new TimelinessQueries.Stage(OutcomeQueries.n(r[3]), OutcomeQueries.n(r[4]),
                        r[5] == null ? null : ((Number) r[5]).doubleValue());
                if (((Number) r[2]).intValue() == 1) {
                    total[stage] = s;
                } else {
                    stages.computeIfAbsent((UUID) r[1], k -> new TimelinessQueries.Stage[] {TimelinessQueries.Stage.NONE, TimelinessQueries.Stage.NONE, TimelinessQueries.Stage.NONE})[stage] = s;
                }
            }
        }
        Map<UUID, TimelinessQueries.Timeliness> groups = new LinkedHashMap<>();
        stages.forEach((k, s) -> groups.put(k, new TimelinessQueries.Timeliness(s[0], s[1], s[2])));
        return new TimelinessQueries.Grouped(groups, new TimelinessQueries.Timeliness(total[0], total[1], total[2]));
    }

    /** Service names by id: one statement. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> serviceNames(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createNativeQuery("select s.id, s.name from service s where s.id in (:ids)")
                .setParameter("ids", List.copyOf(ids)).getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }
}
