package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.insight.InsightFilter;

/**
 * The outcome tables' figures as they were counted before the store (V36): straight from the cases, for tests to
 * check the store against. Outcomes of early help, counted in PostgreSQL: one read-only statement per table, grouped there, never
 * loading a case into Java. Raw counts: internal only, published through the insight core's suppression.
 */
@ApplicationScoped
public class CaseScanOutcomes {

    private static final String CLOSED_IN_PERIOD = "c.status = 'CLOSED' and c.closed_on between :from and :to and "
            + ScopedCases.BECAME_EARLY_HELP;

    @Inject
    EntityManager em;

    public List<OutcomeQueries.ServiceOutcomes> byService(InsightFilter filter, Collection<UUID> neighbourhoods) {
        ScopedCases scoped = ScopedCases.of(filter, neighbourhoods, "c.owning_service_id, c.status, c.closed_on,"
                + " c.closure_reason, c.referral_decision, c.referred_on, c.stepped_down", ScopedCases.CLOSED_IN_PERIOD,
                ScopedCases.REFERRED_IN_PERIOD);
        if (scoped.empty()) {
            return List.of();
        }
        String sql = scoped.cte() + """
                , closed as (
                    select c.owning_service_id as service_id, c.closure_reason,
                           count(n.id) as needs,
                           count(n.id) filter (where n.outcome = 'MET') as met,
                           count(n.id) filter (where n.outcome in ('MET', 'PARTLY_MET')) as some_met
                      from scoped c left join caf_need n on n.case_id = c.id
                     where %s
                     group by c.id, c.owning_service_id, c.closure_reason),
                by_closure as (
                    select service_id, count(*) as closed,
                           count(*) filter (where needs > 0 and met = needs) as all_met,
                           count(*) filter (where some_met > 0 and met < needs) as partly_met,
                           count(*) filter (where some_met = 0) as not_met,
                           count(*) filter (where closure_reason = 'STEPPED_UP') as stepped_up
                      from closed group by service_id),
                by_referral as (
                    select c.owning_service_id as service_id, count(*) as referrals,
                           count(*) filter (where c.stepped_down) as stepped_down
                      from scoped c where c.referred_on between :from and :to group by c.owning_service_id)
                select s.id, s.name, coalesce(b.closed, 0), coalesce(b.all_met, 0), coalesce(b.partly_met, 0),
                       coalesce(b.not_met, 0), coalesce(b.stepped_up, 0), coalesce(r.referrals, 0), coalesce(r.stepped_down, 0)
                  from service s
                  left join by_closure b on b.service_id = s.id
                  left join by_referral r on r.service_id = s.id
                 where b.service_id is not null or r.service_id is not null
                 order by s.name, s.id
                """.formatted(CLOSED_IN_PERIOD);
        List<OutcomeQueries.ServiceOutcomes> rows = new ArrayList<>();
        for (Object[] r : rows(sql, scoped)) {
            rows.add(new OutcomeQueries.ServiceOutcomes((UUID) r[0], (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                    n(r[8])));
        }
        return rows;
    }

    /** Every headline outcome, in the programme's order, with zeros where no need had it. */
    public List<OutcomeQueries.HeadlineNeeds> byHeadline(InsightFilter filter, Collection<UUID> neighbourhoods) {
        ScopedCases scoped = ScopedCases.of(filter, neighbourhoods, "c.status, c.closed_on, c.referral_decision",
                ScopedCases.CLOSED_IN_PERIOD);
        Map<HeadlineOutcome, OutcomeQueries.HeadlineNeeds> found = new LinkedHashMap<>();
        if (!scoped.empty()) {
            String sql = scoped.cte() + """
                    select n.headline, count(*),
                           count(*) filter (where n.outcome = 'MET'),
                           count(*) filter (where n.outcome = 'PARTLY_MET'),
                           count(*) filter (where n.outcome = 'NOT_MET'),
                           count(*) filter (where n.outcome is null)
                      from scoped c join caf_need n on n.case_id = c.id
                     where %s
                     group by n.headline
                    """.formatted(CLOSED_IN_PERIOD);
            for (Object[] r : rows(sql, scoped)) {
                HeadlineOutcome h = HeadlineOutcome.valueOf((String) r[0]);
                found.put(h, new OutcomeQueries.HeadlineNeeds(h, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
            }
        }
        List<OutcomeQueries.HeadlineNeeds> rows = new ArrayList<>();
        for (HeadlineOutcome h : HeadlineOutcome.values()) {
            rows.add(found.getOrDefault(h, new OutcomeQueries.HeadlineNeeds(h, 0, 0, 0, 0, 0)));
        }
        return rows;
    }

    /**
     * Grants approved or paid whose decision fell in the period (cancelled and lapsed awards left out), by the
     * headline outcome of the need each was for, with each need counted once however many grants it had.
     */
    public List<OutcomeQueries.HeadlineGrants> grantsByHeadline(InsightFilter filter, Collection<UUID> neighbourhoods) {
        ScopedCases scoped = ScopedCases.of(filter, neighbourhoods, "c.status", ScopedCases.GRANTED_IN_PERIOD);
        Map<HeadlineOutcome, OutcomeQueries.HeadlineGrants> found = new LinkedHashMap<>();
        if (!scoped.empty()) {
            String sql = scoped.cte() + """
                    select n.headline, count(*), coalesce(sum(g.approved_pence), 0),
                           count(p.id), coalesce(sum(p.amount_pence), 0),
                           count(distinct n.id),
                           count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome = 'MET'),
                           count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome = 'PARTLY_MET'),
                           count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome = 'NOT_MET'),
                           count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome is null),
                           count(distinct n.id) filter (where c.status <> 'CLOSED')
                      from grant_request g
                      join scoped c on c.id = g.case_id
                      join caf_need n on n.id = g.need_id
                      left join grant_payment p on p.request_id = g.id
                     where g.status in ('APPROVED', 'PAID') and g.decided_on between :from and :to
                     group by n.headline
                    """;
            for (Object[] r : rows(sql, scoped)) {
                HeadlineOutcome h = HeadlineOutcome.valueOf((String) r[0]);
                found.put(h, new OutcomeQueries.HeadlineGrants(h, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                        n(r[9]), n(r[10])));
            }
        }
        List<OutcomeQueries.HeadlineGrants> rows = new ArrayList<>();
        for (HeadlineOutcome h : HeadlineOutcome.values()) {
            rows.add(found.getOrDefault(h, new OutcomeQueries.HeadlineGrants(h, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ScopedCases scoped) {
        Query query = em.createNativeQuery(sql);
        scoped.withPeriod().forEach(query::setParameter);
        return query.getResultList();
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
