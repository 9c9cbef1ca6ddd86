package org.placeworks.insight.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rebuild's SQL for the outcome and timeliness store (V36): read-only over caf's and grant's tables, one
 * {@code INSERT ... SELECT} per table with the worker columns, then one per table summing them away. Every
 * statement takes {@code :first} and {@code :last}, the first days of the first and last months rebuilt.
 *
 * <p>The cases counted are those the case-scanning queries counted before the store: of families living in a
 * neighbourhood now ({@code family_place}), under their owning service, with their lead professional and allocated
 * worker, each by the date the table counts it by.
 */
final class OutcomeStoreStatements {

    /** The tables, in the order they are rebuilt. */
    static final List<String> TABLES = List.of("insight_outcome", "insight_need_outcome", "insight_grant_outcome",
            "insight_duration");

    /** Cases closed at the referral decision (declined or signposted) never became early help. */
    private static final String BECAME_EARLY_HELP = "coalesce(c.referral_decision, 'ACCEPTED') = 'ACCEPTED'";

    private static final String CASES = " from caf_case c join family_place fp on fp.family_id = c.family_id";

    private static final String GROUP = "fp.neighbourhood_id, c.owning_service_id, true, c.lead_professional_id, c.allocated_worker_id";

    private static String inRange(String date) {
        return date + " >= cast(:first as date) and " + date + " < cast(:last as date) + interval '1 month'";
    }

    private static String month(String date) {
        return "cast(date_trunc('month', " + date + ") as date)";
    }

    static final String OUTCOMES = "insert into insight_outcome (month, neighbourhood_id, service_id, by_worker, lead_id,"
            + " allocated_id, closed, all_met, partly_met, not_met, stepped_up, referrals, stepped_down)"
            + " select month, nb, service, true, lead, allocated, sum(closed), sum(all_met), sum(partly_met), sum(not_met),"
            + " sum(stepped_up), sum(referrals), sum(stepped_down) from ("
            + "select " + month("c.closed_on") + " as month, fp.neighbourhood_id as nb, c.owning_service_id as service,"
            + " c.lead_professional_id as lead, c.allocated_worker_id as allocated, 1 as closed,"
            + " case when k.needs > 0 and k.met = k.needs then 1 else 0 end as all_met,"
            + " case when k.some_met > 0 and k.met < k.needs then 1 else 0 end as partly_met,"
            + " case when k.some_met = 0 then 1 else 0 end as not_met,"
            + " case when c.closure_reason = 'STEPPED_UP' then 1 else 0 end as stepped_up, 0 as referrals, 0 as stepped_down"
            + CASES + " cross join lateral (select count(n.id) as needs,"
            + " count(n.id) filter (where n.outcome = 'MET') as met,"
            + " count(n.id) filter (where n.outcome in ('MET', 'PARTLY_MET')) as some_met"
            + " from caf_need n where n.case_id = c.id) k"
            + " where c.status = 'CLOSED' and " + BECAME_EARLY_HELP + " and " + inRange("c.closed_on")
            + " union all select " + month("c.referred_on") + ", fp.neighbourhood_id, c.owning_service_id,"
            + " c.lead_professional_id, c.allocated_worker_id, 0, 0, 0, 0, 0, 1, case when c.stepped_down then 1 else 0 end"
            + CASES + " where " + inRange("c.referred_on")
            + ") x group by month, nb, service, lead, allocated";

    static final String NEEDS = "insert into insight_need_outcome (month, neighbourhood_id, service_id, by_worker, lead_id,"
            + " allocated_id, headline, needs, met, partly_met, not_met, unrecorded)"
            + " select " + month("c.closed_on") + ", " + GROUP + ", n.headline, count(*),"
            + " count(*) filter (where n.outcome = 'MET'), count(*) filter (where n.outcome = 'PARTLY_MET'),"
            + " count(*) filter (where n.outcome = 'NOT_MET'), count(*) filter (where n.outcome is null)"
            + CASES + " join caf_need n on n.case_id = c.id"
            + " where c.status = 'CLOSED' and " + BECAME_EARLY_HELP + " and " + inRange("c.closed_on")
            + " group by 1, 2, 3, 5, 6, 7";

    /** A grant counted: approved or paid (cancelled and lapsed awards left out). */
    private static final String AWARDED = "g.status in ('APPROVED', 'PAID') and g.decided_on is not null";

    static final String GRANTS = "insert into insight_grant_outcome (month, earlier_month, neighbourhood_id, service_id,"
            + " by_worker, lead_id, allocated_id, headline, awarded, awarded_pence, paid, paid_pence, needs, met, partly_met,"
            + " not_met, unrecorded, still_open)"
            + " select " + month("g.decided_on") + ", e.earlier_month, " + GROUP + ", n.headline, count(*),"
            + " coalesce(sum(g.approved_pence), 0), count(p.id), coalesce(sum(p.amount_pence), 0), count(distinct n.id),"
            + " count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome = 'MET'),"
            + " count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome = 'PARTLY_MET'),"
            + " count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome = 'NOT_MET'),"
            + " count(distinct n.id) filter (where c.status = 'CLOSED' and n.outcome is null),"
            + " count(distinct n.id) filter (where c.status <> 'CLOSED')"
            + " from grant_request g join caf_case c on c.id = g.case_id"
            + " join family_place fp on fp.family_id = c.family_id"
            + " join caf_need n on n.id = g.need_id"
            + " left join grant_payment p on p.request_id = g.id"
            + " cross join lateral (select max(" + month("g2.decided_on") + ") as earlier_month from grant_request g2"
            + " where g2.need_id = g.need_id and g2.case_id = g.case_id and g2.status in ('APPROVED', 'PAID')"
            + " and g2.decided_on < " + month("g.decided_on") + ") e"
            + " where " + AWARDED + " and " + inRange("g.decided_on")
            + " group by 1, 2, 3, 4, 6, 7, 8";

    /** Each case's stages with their dates and days from referral: one row per stage reached. */
    static final String DURATIONS = "insert into insight_duration (month, neighbourhood_id, service_id, by_worker, lead_id,"
            + " allocated_id, stage, days, cases, within_timescale)"
            + " select " + month("s.on_date") + ", " + GROUP + ", s.stage, s.on_date - c.referred_on, count(*), sum(s.within)"
            + CASES + " cross join lateral (values"
            + " ('ASSESSMENT', c.assessment_completed_on,"
            + " case when c.assessment_completed_on <= c.assessment_due_on then 1 else 0 end),"
            + " ('FIRST_REVIEW', (select min(r.held_on) from caf_review r where r.case_id = c.id), 0),"
            + " ('CLOSURE', case when c.status = 'CLOSED' and " + BECAME_EARLY_HELP + " then c.closed_on end, 0)"
            + ") s(stage, on_date, within)"
            // One list of ids, so the planner joins it (by the date indexes for a month, by hashing for every month).
            // "a or b or c.id in (reviews)" cannot be joined: its subquery was rescanned for each case once the reviews
            // outgrew memory, hours at a million cases (docs/performance.md).
            + " where c.id in (select x.id from caf_case x where " + inRange("x.assessment_completed_on")
            + " union all select x.id from caf_case x where " + inRange("x.closed_on")
            + " union all select r.case_id from caf_review r where " + inRange("r.held_on") + ")"
            + " and s.on_date is not null and " + inRange("s.on_date")
            + " group by 1, 2, 3, 5, 6, 7, 8";

    /** The same rows summed over workers, for the months rebuilt. */
    private static String rollUp(String table, List<String> keys, List<String> sums) {
        String key = keys.stream().map(k -> k + ", ").collect(Collectors.joining());
        return "insert into " + table + " (month, " + key + "neighbourhood_id, service_id, by_worker, " + String.join(", ", sums)
                + ") select month, " + key + "neighbourhood_id, service_id, false, "
                + sums.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "))
                + " from " + table + " where by_worker and month >= cast(:first as date) and month <= cast(:last as date)"
                + " group by month, " + key + "neighbourhood_id, service_id";
    }

    /** Every statement of a rebuild, in order: the rows by worker first, then their sums. */
    static final List<String> SQL = List.of(OUTCOMES, NEEDS, GRANTS, DURATIONS,
            rollUp("insight_outcome", List.of(), List.of("closed", "all_met", "partly_met", "not_met", "stepped_up", "referrals",
                    "stepped_down")),
            rollUp("insight_need_outcome", List.of("headline"), List.of("needs", "met", "partly_met", "not_met", "unrecorded")),
            rollUp("insight_grant_outcome", List.of("earlier_month", "headline"), List.of("awarded", "awarded_pence", "paid",
                    "paid_pence", "needs", "met", "partly_met", "not_met", "unrecorded", "still_open")),
            rollUp("insight_duration", List.of("stage", "days"), List.of("cases", "within_timescale")));

    private OutcomeStoreStatements() {
    }
}
