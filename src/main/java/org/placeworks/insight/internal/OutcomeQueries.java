package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.insight.InsightFilter;

/**
 * Outcomes of early help, read from the outcome store (V36, rebuilt with the summary store): one read-only
 * statement per table, summed in PostgreSQL, never reading a case. Raw counts: internal only, published through the insight core's suppression.
 */
@ApplicationScoped
public class OutcomeQueries {

    /** Closed cases of one owning service in the period, by how their needs went, and its referrals. */
    public record ServiceOutcomes(UUID serviceId, String service, long closed, long allMet, long partlyMet, long notMet,
            long steppedUp, long referrals, long steppedDown) {
    }

    /** Needs of cases closed in the period with one headline outcome, by their outcome at closure. */
    public record HeadlineNeeds(HeadlineOutcome headline, long needs, long met, long partlyMet, long notMet, long unrecorded) {
    }

    /** Grants awarded in the period for needs with one headline outcome, and how those needs have gone. */
    public record HeadlineGrants(HeadlineOutcome headline, long awarded, long awardedPence, long paid, long paidPence,
            long needs, long met, long partlyMet, long notMet, long unrecorded, long open) {
    }

    @Inject
    EntityManager em;

    public List<ServiceOutcomes> byService(InsightFilter filter, Collection<UUID> neighbourhoods) {
        StoreScope scope = StoreScope.of(filter, neighbourhoods, false);
        if (scope.empty()) {
            return List.of();
        }
        String sql = "select s.id, s.name, sum(t.closed), sum(t.all_met), sum(t.partly_met), sum(t.not_met),"
                + " sum(t.stepped_up), sum(t.referrals), sum(t.stepped_down)"
                + " from insight_outcome t join service s on s.id = t.service_id" + scope.where()
                + " group by s.id, s.name having sum(t.closed) > 0 or sum(t.referrals) > 0 order by s.name, s.id";
        List<ServiceOutcomes> rows = new ArrayList<>();
        for (Object[] r : rows(sql, scope)) {
            rows.add(new ServiceOutcomes((UUID) r[0], (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                    n(r[8])));
        }
        return rows;
    }

    /** Every headline outcome, in the programme's order, with zeros where no need had it. */
    public List<HeadlineNeeds> byHeadline(InsightFilter filter, Collection<UUID> neighbourhoods) {
        StoreScope scope = StoreScope.of(filter, neighbourhoods, false);
        Map<HeadlineOutcome, HeadlineNeeds> found = new LinkedHashMap<>();
        if (!scope.empty()) {
            String sql = "select t.headline, sum(t.needs), sum(t.met), sum(t.partly_met), sum(t.not_met), sum(t.unrecorded)"
                    + " from insight_need_outcome t" + scope.where() + " group by t.headline";
            for (Object[] r : rows(sql, scope)) {
                HeadlineOutcome h = HeadlineOutcome.valueOf((String) r[0]);
                found.put(h, new HeadlineNeeds(h, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
            }
        }
        List<HeadlineNeeds> rows = new ArrayList<>();
        for (HeadlineOutcome h : HeadlineOutcome.values()) {
            rows.add(found.getOrDefault(h, new HeadlineNeeds(h, 0, 0, 0, 0, 0)));
        }
        return rows;
    }

    /**
     * Grants approved or paid whose decision fell in the period (cancelled and lapsed awards left out), by the
     * headline outcome of the need each was for, with each need counted once however many grants it had: in its first
     * month of the period, the one whose earlier grant month (if any) is before the period.
     */
    public List<HeadlineGrants> grantsByHeadline(InsightFilter filter, Collection<UUID> neighbourhoods) {
        StoreScope scope = StoreScope.of(filter, neighbourhoods, false);
        Map<HeadlineOutcome, HeadlineGrants> found = new LinkedHashMap<>();
        if (!scope.empty()) {
            String first = "(t.earlier_month is null or t.earlier_month < :from)";
            String sql = "select t.headline, sum(t.awarded), sum(t.awarded_pence), sum(t.paid), sum(t.paid_pence)"
                    + ", " + List.of("needs", "met", "partly_met", "not_met", "unrecorded", "still_open").stream()
                            .map(c -> "coalesce(sum(t." + c + ") filter (where " + first + "), 0)")
                            .collect(java.util.stream.Collectors.joining(", "))
                    + " from insight_grant_outcome t" + scope.where() + " group by t.headline";
            for (Object[] r : rows(sql, scope)) {
                HeadlineOutcome h = HeadlineOutcome.valueOf((String) r[0]);
                found.put(h, new HeadlineGrants(h, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                        n(r[9]), n(r[10])));
            }
        }
        List<HeadlineGrants> rows = new ArrayList<>();
        for (HeadlineOutcome h : HeadlineOutcome.values()) {
            rows.add(found.getOrDefault(h, new HeadlineGrants(h, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, StoreScope scope) {
        return scope.bind(em.createNativeQuery(sql)).getResultList();
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
