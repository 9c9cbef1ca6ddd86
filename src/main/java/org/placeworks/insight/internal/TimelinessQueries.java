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
 * How quickly early help moves, read from the store's distribution of days (V36) and its medians taken there, by
 * owning service or by worker, with the whole scope as a grouping set of its own: one statement per table,
 * never loading a case into Java. Raw figures: internal only, published through the core's suppression.
 */
@ApplicationScoped
public class TimelinessQueries {

    /** What a table is grouped by: the owning service, or the case's lead professional (else its allocated worker). */
    public enum Grouping {
        SERVICE("t.service_id", false), WORKER("coalesce(t.lead_id, t.allocated_id)", true);

        private final String column;
        private final boolean byWorker;

        Grouping(String column, boolean byWorker) {
            this.column = column;
            this.byWorker = byWorker;
        }
    }

    /** One stage's count in the period and the median days from referral to it (null with no cases). */
    public record Stage(long cases, long withinTimescale, Double medianDays) {
        public static final Stage NONE = new Stage(0, 0, null);
    }

    /** A group's assessments completed, first reviews held and closures in the period. */
    public record Timeliness(Stage assessments, Stage firstReviews, Stage closures) {
        public static final Timeliness NONE = new Timeliness(Stage.NONE, Stage.NONE, Stage.NONE);
    }

    /** The groups (a null key: cases with no worker) in the order found, and the whole scope. */
    public record Grouped(Map<UUID, Timeliness> groups, Timeliness total) {
    }

    @Inject
    EntityManager em;

    public Grouped timeliness(InsightFilter filter, Collection<UUID> neighbourhoods, Grouping grouping) {
        StoreScope scope = StoreScope.of(filter, neighbourhoods, grouping.byWorker);
        Map<UUID, Stage[]> stages = new LinkedHashMap<>();
        Stage[] total = {Stage.NONE, Stage.NONE, Stage.NONE};
        if (!scope.empty()) {
            String sql = medianSql(grouping.column, scope.where());
            Query query = scope.bind(em.createNativeQuery(sql));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] r : rows) {
                int stage = STAGES.indexOf((String) r[0]);
                Stage s = new Stage(OutcomeQueries.n(r[3]), OutcomeQueries.n(r[4]),
                        r[5] == null ? null : ((Number) r[5]).doubleValue());
                if (((Number) r[2]).intValue() == 1) {
                    total[stage] = s;
                } else {
                    stages.computeIfAbsent((UUID) r[1], k -> new Stage[] {Stage.NONE, Stage.NONE, Stage.NONE})[stage] = s;
                }
            }
        }
        Map<UUID, Timeliness> groups = new LinkedHashMap<>();
        stages.forEach((k, s) -> groups.put(k, new Timeliness(s[0], s[1], s[2])));
        return new Grouped(groups, new Timeliness(total[0], total[1], total[2]));
    }

    /** The stages in the order of {@link Timeliness}'s, as the store names them. */
    private static final List<String> STAGES = List.of("ASSESSMENT", "FIRST_REVIEW", "CLOSURE");

    /**
     * Each group's (and the whole scope's) count, cases within timescale and median days per stage, from the store's
     * distribution of days: the median is the mean of the values at 0-based positions floor((n-1)/2) and
     * ceil((n-1)/2) of the n sorted values, which is what percentile_cont(0.5) takes.
     */
    private static String medianSql(String column, String where) {
        return "with h as (select " + column + " as grp, grouping(" + column + ") as whole, t.stage, t.days,"
                + " sum(t.cases) as cases, sum(t.within_timescale) as within from insight_duration t" + where
                + " group by grouping sets ((" + column + ", t.stage, t.days), (t.stage, t.days))),"
                + " c as (select h.*, sum(cases) over (partition by whole, grp, stage order by days) as upto,"
                + " sum(cases) over (partition by whole, grp, stage) as n from h)"
                + " select stage, grp, whole, max(n), sum(within),"
                + " (min(days) filter (where upto > floor((n - 1) / 2.0)) + min(days) filter (where upto > ceil((n - 1) / 2.0)))"
                + " / 2.0 from c group by stage, grp, whole";
    }

    /** Service names by id: one statement. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> serviceNames(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createNativeQuery("select s.id, s.name from service s where s.id = any(:ids)")
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }
}
