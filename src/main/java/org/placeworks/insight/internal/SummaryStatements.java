package org.placeworks.insight.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The rebuild's SQL: one INSERT ... SELECT per measure, read-only over the other features' tables, grouped
 * by month, neighbourhood, strand, owning service and worker. Every statement takes {@code :first} and
 * {@code :last} (the first days of the first and last months rebuilt) and {@code :today}.
 *
 * <p>A case's neighbourhood is where its family lived on the date counted ({@code insight_family_neighbourhood},
 * V28); its worker is its lead professional, or else its allocated worker; its service is the owning service.
 * A stock at a month is its value at the month's last day, or today for the current month. The stocks only known
 * now (overdue reviews, sign-offs awaited, panel actions) are written for the current month only and kept for past
 * months, a history of snapshots.
 */
final class SummaryStatements {

    /** Stocks that cannot be worked out for a past date: kept as each month's last snapshot. */
    static final Set<Measure> SNAPSHOTS = Set.of(Measure.OVERDUE_REVIEWS, Measure.AWAITING_SIGN_OFF,
            Measure.OPEN_PANEL_ACTIONS, Measure.OVERDUE_PANEL_ACTIONS);

    private static final String INSERT =
            "insert into insight_figure (month, neighbourhood_id, strand, service_id, worker_id, measure, value) ";

    /** Days counted by a flow: from the first month's first day to the last month's last day. */
    private static final String IN_RANGE = " >= cast(:first as date) and %s < cast(:last as date) + interval '1 month'";

    /** Each month rebuilt, with the day its stocks are read on. */
    private static final String MONTHS = "generate_series(cast(:first as timestamp), cast(:last as timestamp), interval '1 month') s(m)"
            + " cross join lateral (select cast(s.m as date) as month,"
            + " least(cast(s.m + interval '1 month' - interval '1 day' as date), cast(:today as date)) as on_date) d";

    private static final String CASE_WORKER = "coalesce(c.lead_professional_id, c.allocated_worker_id)";

    /** A case open on a date: referred by then and not closed by then. */
    private static final String OPEN_ON = "c.referred_on <= d.on_date and (c.closed_on is null or c.closed_on > d.on_date)";

    /** A closure of an early help case, not a request declined or signposted before it began. */
    private static final String CLOSURE = "c.status = 'CLOSED' and c.closed_on is not null"
            + " and coalesce(c.closure_reason, '') not in ('REFERRAL_DECLINED', 'SIGNPOSTED')";

    /** An estate's first neighbourhood (by code), for a record placed only on an estate. */
    private static final String ESTATE_NEIGHBOURHOOD = "(select en.neighbourhood_id from estate_neighbourhood en"
            + " join area a on a.id = en.neighbourhood_id where en.estate_id = %s order by a.code limit 1)";

    /** An estate issue's status at the end of a day, from its history of status changes. */
    private static final String ISSUE_OPEN_ON = "cast(i.reported_at at time zone 'Europe/London' as date) <= d.on_date"
            + " and coalesce((select e.to_status from estate_issue_event e where e.issue_id = i.id and e.to_status is not null"
            + " and e.at < cast(d.on_date + 1 as timestamp) at time zone 'Europe/London' order by e.at desc limit 1), 'REPORTED')"
            + " not in ('FIXED', 'CLOSED_NOT_FIXED')";

    static final Map<Measure, String> SQL = new EnumMap<>(Measure.class);

    static {
        SQL.put(Measure.REFERRALS, caseFlow(Measure.REFERRALS, "c.referred_on", "true"));
        SQL.put(Measure.RE_REFERRALS, caseFlow(Measure.RE_REFERRALS, "c.referred_on", "c.previous_case_id is not null"));
        SQL.put(Measure.CLOSURES, caseFlow(Measure.CLOSURES, "c.closed_on", CLOSURE));
        SQL.put(Measure.CLOSURES_ALL_NEEDS_MET, caseFlow(Measure.CLOSURES_ALL_NEEDS_MET, "c.closed_on", CLOSURE
                + " and exists (select 1 from caf_need n where n.case_id = c.id)"
                + " and not exists (select 1 from caf_need n where n.case_id = c.id and coalesce(n.outcome, '') <> 'MET')"));
        SQL.put(Measure.CLOSURES_WITH_OUTCOMES, caseFlow(Measure.CLOSURES_WITH_OUTCOMES, "c.closed_on", CLOSURE
                + " and exists (select 1 from caf_need n where n.case_id = c.id and n.outcome is not null)"));
        SQL.put(Measure.OPEN_CASES, caseStock(Measure.OPEN_CASES, "caf_case c", OPEN_ON, "count(*)"));
        SQL.put(Measure.CHILDREN_ON_OPEN_CASES, caseStock(Measure.CHILDREN_ON_OPEN_CASES,
                "caf_case c join caf_case_child k on k.case_id = c.id", OPEN_ON, "count(*)"));
        SQL.put(Measure.OVERDUE_ASSESSMENTS, caseStock(Measure.OVERDUE_ASSESSMENTS, "caf_case c", OPEN_ON
                + " and c.assessment_due_on < d.on_date"
                + " and (c.assessment_completed_on is null or c.assessment_completed_on > d.on_date)", "count(*)"));
        SQL.put(Measure.OVERDUE_REVIEWS, snapshot(Measure.OVERDUE_REVIEWS, "caf_case c",
                "c.status <> 'CLOSED' and c.next_review_due_on < cast(:today as date)"));
        SQL.put(Measure.AWAITING_SIGN_OFF, snapshot(Measure.AWAITING_SIGN_OFF,
                "caf_case c join caf_sign_off o on o.case_id = c.id", "o.state = 'AWAITING'"));
        SQL.put(Measure.OPEN_PANEL_ACTIONS, snapshot(Measure.OPEN_PANEL_ACTIONS,
                "panel_action a join panel_item i on i.id = a.item_id join caf_case c on c.id = i.case_id", "a.done_on is null"));
        SQL.put(Measure.OVERDUE_PANEL_ACTIONS, snapshot(Measure.OVERDUE_PANEL_ACTIONS,
                "panel_action a join panel_item i on i.id = a.item_id join caf_case c on c.id = i.case_id",
                "a.done_on is null and a.due_on < cast(:today as date)"));
        SQL.put(Measure.GRANTS, grants(Measure.GRANTS, "count(*)"));
        SQL.put(Measure.GRANT_PENCE, grants(Measure.GRANT_PENCE, "sum(coalesce(g.approved_pence, g.amount_pence))"));
        SQL.put(Measure.ESTATE_ISSUES_REPORTED, INSERT
                + "select cast(date_trunc('month', i.reported_at at time zone 'Europe/London') as date), i.neighbourhood_id,"
                + " 'ESTATE_SERVICES', i.owning_service_id, null, 'ESTATE_ISSUES_REPORTED', count(*)"
                + " from estate_issue i where cast(i.reported_at at time zone 'Europe/London' as date)"
                + IN_RANGE.formatted("cast(i.reported_at at time zone 'Europe/London' as date)")
                + " group by 1, 2, 4");
        SQL.put(Measure.OPEN_ESTATE_ISSUES, issueStock(Measure.OPEN_ESTATE_ISSUES, ISSUE_OPEN_ON));
        SQL.put(Measure.OVERDUE_ESTATE_ISSUES, issueStock(Measure.OVERDUE_ESTATE_ISSUES,
                ISSUE_OPEN_ON + " and i.target_date < d.on_date"));
        SQL.put(Measure.ENGAGEMENT_EVENTS, INSERT
                + "select cast(date_trunc('month', e.held_on) as date) as month, p.neighbourhood_id, 'ESTATE_SERVICES',"
                + " e.owning_service_id, null, 'ENGAGEMENT_EVENTS', count(*)"
                + " from estate_engagement_event e cross join lateral (select coalesce(e.neighbourhood_id, "
                + ESTATE_NEIGHBOURHOOD.formatted("e.estate_id") + ") as neighbourhood_id) p"
                + " where p.neighbourhood_id is not null and e.held_on <= cast(:today as date) and e.held_on"
                + IN_RANGE.formatted("e.held_on") + " group by 1, 2, 4");
        SQL.put(Measure.INTELLIGENCE_REPORTS, INSERT
                + "select cast(date_trunc('month', r.received_at at time zone 'Europe/London') as date), p.neighbourhood_id,"
                + " 'COMMUNITY_INTELLIGENCE', r.owning_service_id, null, 'INTELLIGENCE_REPORTS', count(*)"
                + " from intel_report r left join address ad on ad.id = r.address_id"
                + " cross join lateral (select coalesce(r.neighbourhood_id, ad.neighbourhood_id, "
                + ESTATE_NEIGHBOURHOOD.formatted("r.estate_id") + ") as neighbourhood_id) p"
                + " where p.neighbourhood_id is not null and cast(r.received_at at time zone 'Europe/London' as date)"
                + IN_RANGE.formatted("cast(r.received_at at time zone 'Europe/London' as date)") + " group by 1, 2, 4");
        if (SQL.size() != Measure.values().length) {
            throw new IllegalStateException("Every measure needs its rebuild statement");
        }
    }

    private SummaryStatements() {
    }

    /** Cases counted in the month of {@code date}, placed where the family lived on it. */
    private static String caseFlow(Measure measure, String date, String condition) {
        return INSERT + "select cast(date_trunc('month', " + date + ") as date), p.neighbourhood_id, 'EARLY_INTERVENTION',"
                + " c.owning_service_id, " + CASE_WORKER + ", '" + measure.name() + "', count(*)"
                + " from caf_case c cross join lateral (select insight_family_neighbourhood(c.family_id, " + date
                + ") as neighbourhood_id) p"
                + " where p.neighbourhood_id is not null and " + date + IN_RANGE.formatted(date) + " and " + condition
                + " group by 1, 2, 4, 5";
    }

    /** Cases (or their children) counted at each month's end, placed where the family lived then. */
    private static String caseStock(Measure measure, String from, String condition, String value) {
        return INSERT + "select d.month, p.neighbourhood_id, 'EARLY_INTERVENTION', c.owning_service_id, " + CASE_WORKER
                + ", '" + measure.name() + "', " + value
                + " from " + MONTHS + " join " + from + " on " + condition
                + " cross join lateral (select insight_family_neighbourhood(c.family_id, d.on_date) as neighbourhood_id) p"
                + " where p.neighbourhood_id is not null group by 1, 2, 4, 5";
    }

    /** A stock known only today: written for the current month, placed where the family lives today. */
    private static String snapshot(Measure measure, String from, String condition) {
        return INSERT + "select cast(date_trunc('month', cast(:today as date)) as date), p.neighbourhood_id,"
                + " 'EARLY_INTERVENTION', c.owning_service_id, " + CASE_WORKER + ", '" + measure.name() + "', count(*)"
                + " from " + from + " cross join lateral (select insight_family_neighbourhood(c.family_id, cast(:today as date))"
                + " as neighbourhood_id) p where p.neighbourhood_id is not null and " + condition
                + " group by 1, 2, 4, 5";
    }

    /** Grants awarded (approved, paid later or not) in the month of the decision, through their case. */
    private static String grants(Measure measure, String value) {
        return INSERT + "select cast(date_trunc('month', g.decided_on) as date), p.neighbourhood_id, 'EARLY_INTERVENTION',"
                + " c.owning_service_id, " + CASE_WORKER + ", '" + measure.name() + "', " + value
                + " from grant_request g join caf_case c on c.id = g.case_id"
                + " cross join lateral (select insight_family_neighbourhood(g.family_id, g.decided_on) as neighbourhood_id) p"
                + " where p.neighbourhood_id is not null and g.status in ('APPROVED', 'PAID') and g.decided_on"
                + IN_RANGE.formatted("g.decided_on") + " group by 1, 2, 4, 5";
    }

    /** Estate issues counted at each month's end, by the neighbourhood they are in. */
    private static String issueStock(Measure measure, String condition) {
        return INSERT + "select d.month, i.neighbourhood_id, 'ESTATE_SERVICES', i.owning_service_id, null, '"
                + measure.name() + "', count(*) from " + MONTHS + " join estate_issue i on " + condition
                + " group by 1, 2, 4";
    }
}
