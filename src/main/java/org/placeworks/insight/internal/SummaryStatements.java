package org.placeworks.insight.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The rebuild's SQL: one INSERT ... SELECT per measure, read-only over the other features' tables, grouped
 * by month, neighbourhood, strand, owning service and worker. Every statement takes {@code :first} and
 * {@code :last} (the first days of the first and last months rebuilt) and {@code :today}.
 *
 * <p>A case's neighbourhood is where its family lived on the date counted ({@link Placement}); its worker is its lead
 * professional, or else its allocated worker; its service is the owning service.
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

    /** Each month rebuilt, with the day its stocks are read on (for estate issues). */
    private static final String MONTHS = "generate_series(cast(:first as timestamp), cast(:last as timestamp), interval '1 month') s(m)"
            + " cross join lateral (select cast(s.m as date) as month,"
            + " least(cast(s.m + interval '1 month' - interval '1 day' as date), cast(:today as date)) as on_date) d";

    /**
     * For a case ({@code c}), each month rebuilt from its referral's to its closure's, with the day its stocks are
     * read on; {@link #OPEN_ON} then keeps those at whose end it was open.
     */
    private static final String EACH_CASE_MONTH = " cross join lateral generate_series("
            + "greatest(date_trunc('month', cast(c.referred_on as timestamp)), cast(:first as timestamp)),"
            + " least(date_trunc('month', cast(coalesce(c.closed_on, cast(:last as date)) as timestamp)), cast(:last as timestamp)),"
            + " interval '1 month') s(m)"
            + " cross join lateral (select cast(s.m as date) as month,"
            + " least(cast(s.m + interval '1 month' - interval '1 day' as date), cast(:today as date)) as on_date) d";

    /**
     * For a case, the one month of the current month's run ({@code :first} and {@code :last} the same), with the day
     * its stocks are read on. PostgreSQL cannot size a series of months made from a row's dates: it took each case to
     * bring 112 and costed the statement so high that the cheapest way to find the open cases no longer stood out
     * (every case was read through an index of services, not the open ones through {@code caf_case_closed_on}). One
     * month is one row, which it sizes; a case outside the month is left out by the stock's own conditions.
     */
    private static final String THE_MONTH = " cross join lateral (select cast(:first as date) as month,"
            + " least(cast(cast(:first as date) + interval '1 month' - interval '1 day' as date), cast(:today as date)) as on_date) d";

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

    /**
     * How a statement finds where a family lived on a date. Both give what {@code insight_family_neighbourhood} (V28)
     * gives ({@code FamilySpansTest}); they differ in cost. A full rebuild places millions of cases and months: one
     * function call each took most of its time at a million cases (docs/performance.md), where the spans are read once
     * per statement and hash-joined. The current month's run places only the month's cases: a lookup each is cheaper
     * than reading every family's spans, and so are today's snapshots in either run.
     */
    enum Placement {
        /** Joins the families' spans ({@link SummaryStatements#SPANS_CTE}). */
        SPANS {
            @Override
            String with() {
                return SPANS_CTE;
            }

            @Override
            String join(String family, String date) {
                return " join span p on p.family_id = " + family + " and (p.since is null or p.since <= " + date + ")"
                        + " and (p.until is null or " + date + " < p.until)";
            }
        },
        /**
         * Looks each family up: V28's {@code insight_family_neighbourhood} written into the statement, since a SQL
         * function holding subqueries is called, not planned with the query, and that call cost four times the
         * lookup itself. {@code offset 0} keeps the lookup one a row: the statement both filters and groups by it.
         */
        LOOKUP {
            @Override
            String with() {
                return "";
            }

            @Override
            String join(String family, String date) {
                return " cross join lateral (select coalesce("
                        + "(select coalesce(home_address.neighbourhood_id, home.area_id) from family_residence home"
                        + " left join address home_address on home_address.id = home.address_id"
                        + " where home.family_id = " + family + " and home.from_date <= " + date
                        + " order by home.from_date desc, home.recorded_at desc limit 1),"
                        + " (select now_place.neighbourhood_id from family_place now_place where now_place.family_id = " + family
                        + ")) as neighbourhood_id offset 0) p";
            }
        };

        /** What the statement starts with (before its select). */
        abstract String with();

        /** Joins {@code p}, whose {@code neighbourhood_id} is where the family lived on the date: one row at most. */
        abstract String join(String family, String date);
    }

    /**
     * Where each family lived, as spans of dates: each residence from its start until the next one's (of two starting
     * on the same day, the one recorded later wins), and where the family lives now before its first residence (or
     * always, with none).
     */
    static final String SPANS_CTE = "with span as (select r.family_id, coalesce(a.neighbourhood_id, r.area_id) as neighbourhood_id,"
            + " r.from_date as since,"
            + " lead(r.from_date) over (partition by r.family_id order by r.from_date, r.recorded_at) as until"
            + " from family_residence r left join address a on a.id = r.address_id"
            + " union all select fp.family_id, fp.neighbourhood_id, null,"
            + " (select min(r.from_date) from family_residence r where r.family_id = fp.family_id) from family_place fp) ";

    /** The full rebuild's statements, over every month. */
    static final Map<Measure, String> OVER_YEARS = statements(Placement.SPANS, EACH_CASE_MONTH);

    /** The current month's run: its first and last month are the same. */
    static final Map<Measure, String> ONE_MONTH = statements(Placement.LOOKUP, THE_MONTH);

    private SummaryStatements() {
    }

    private static Map<Measure, String> statements(Placement placed, String caseMonths) {
        Map<Measure, String> sql = new EnumMap<>(Measure.class);
        sql.put(Measure.REFERRALS, caseFlow(placed, Measure.REFERRALS, "c.referred_on", "true"));
        sql.put(Measure.RE_REFERRALS, caseFlow(placed, Measure.RE_REFERRALS, "c.referred_on", "c.previous_case_id is not null"));
        sql.put(Measure.CLOSURES, caseFlow(placed, Measure.CLOSURES, "c.closed_on", CLOSURE));
        sql.put(Measure.CLOSURES_ALL_NEEDS_MET, caseFlow(placed, Measure.CLOSURES_ALL_NEEDS_MET, "c.closed_on", CLOSURE
                + " and exists (select 1 from caf_need n where n.case_id = c.id)"
                + " and not exists (select 1 from caf_need n where n.case_id = c.id and coalesce(n.outcome, '') <> 'MET')"));
        sql.put(Measure.CLOSURES_WITH_OUTCOMES, caseFlow(placed, Measure.CLOSURES_WITH_OUTCOMES, "c.closed_on", CLOSURE
                + " and exists (select 1 from caf_need n where n.case_id = c.id and n.outcome is not null)"));
        sql.put(Measure.OPEN_CASES, caseStock(placed, caseMonths, Measure.OPEN_CASES, "caf_case c", OPEN_ON, "count(*)"));
        sql.put(Measure.CHILDREN_ON_OPEN_CASES, caseStock(placed, caseMonths, Measure.CHILDREN_ON_OPEN_CASES,
                "caf_case c join caf_case_child k on k.case_id = c.id", OPEN_ON, "count(*)"));
        sql.put(Measure.OVERDUE_ASSESSMENTS, caseStock(placed, caseMonths, Measure.OVERDUE_ASSESSMENTS, "caf_case c", OPEN_ON
                + " and c.assessment_due_on < d.on_date"
                + " and (c.assessment_completed_on is null or c.assessment_completed_on > d.on_date)", "count(*)"));
        sql.put(Measure.OVERDUE_REVIEWS, snapshot(Measure.OVERDUE_REVIEWS, "caf_case c",
                "c.status <> 'CLOSED' and c.next_review_due_on < cast(:today as date)"));
        sql.put(Measure.AWAITING_SIGN_OFF, snapshot(Measure.AWAITING_SIGN_OFF,
                "caf_case c join caf_sign_off o on o.case_id = c.id", "o.state = 'AWAITING'"));
        sql.put(Measure.OPEN_PANEL_ACTIONS, snapshot(Measure.OPEN_PANEL_ACTIONS,
                "panel_action a join panel_item i on i.id = a.item_id join caf_case c on c.id = i.case_id", "a.done_on is null"));
        sql.put(Measure.OVERDUE_PANEL_ACTIONS, snapshot(Measure.OVERDUE_PANEL_ACTIONS,
                "panel_action a join panel_item i on i.id = a.item_id join caf_case c on c.id = i.case_id",
                "a.done_on is null and a.due_on < cast(:today as date)"));
        sql.put(Measure.GRANTS, grants(placed, Measure.GRANTS, "count(*)"));
        sql.put(Measure.GRANT_PENCE, grants(placed, Measure.GRANT_PENCE, "sum(coalesce(g.approved_pence, g.amount_pence))"));
        sql.put(Measure.ESTATE_ISSUES_REPORTED, INSERT
                + "select cast(date_trunc('month', i.reported_at at time zone 'Europe/London') as date), i.neighbourhood_id,"
                + " 'ESTATE_SERVICES', i.owning_service_id, null, 'ESTATE_ISSUES_REPORTED', count(*)"
                + " from estate_issue i where cast(i.reported_at at time zone 'Europe/London' as date)"
                + IN_RANGE.formatted("cast(i.reported_at at time zone 'Europe/London' as date)")
                + " group by 1, 2, 4");
        sql.put(Measure.OPEN_ESTATE_ISSUES, issueStock(Measure.OPEN_ESTATE_ISSUES, ISSUE_OPEN_ON));
        sql.put(Measure.OVERDUE_ESTATE_ISSUES, issueStock(Measure.OVERDUE_ESTATE_ISSUES,
                ISSUE_OPEN_ON + " and i.target_date < d.on_date"));
        sql.put(Measure.ENGAGEMENT_EVENTS, INSERT
                + "select cast(date_trunc('month', e.held_on) as date) as month, p.neighbourhood_id, 'ESTATE_SERVICES',"
                + " e.owning_service_id, null, 'ENGAGEMENT_EVENTS', count(*)"
                + " from estate_engagement_event e cross join lateral (select coalesce(e.neighbourhood_id, "
                + ESTATE_NEIGHBOURHOOD.formatted("e.estate_id") + ") as neighbourhood_id) p"
                + " where p.neighbourhood_id is not null and e.held_on <= cast(:today as date) and e.held_on"
                + IN_RANGE.formatted("e.held_on") + " group by 1, 2, 4");
        sql.put(Measure.INTELLIGENCE_REPORTS, INSERT
                + "select cast(date_trunc('month', r.received_at at time zone 'Europe/London') as date), p.neighbourhood_id,"
                + " 'COMMUNITY_INTELLIGENCE', r.owning_service_id, null, 'INTELLIGENCE_REPORTS', count(*)"
                + " from intel_report r left join address ad on ad.id = r.address_id"
                + " cross join lateral (select coalesce(r.neighbourhood_id, ad.neighbourhood_id, "
                + ESTATE_NEIGHBOURHOOD.formatted("r.estate_id") + ") as neighbourhood_id) p"
                + " where p.neighbourhood_id is not null and cast(r.received_at at time zone 'Europe/London' as date)"
                + IN_RANGE.formatted("cast(r.received_at at time zone 'Europe/London' as date)") + " group by 1, 2, 4");
        if (sql.size() != Measure.values().length) {
            throw new IllegalStateException("Every measure needs its rebuild statement");
        }
        return java.util.Collections.unmodifiableMap(sql);
    }

    /** Cases counted in the month of {@code date}, placed where the family lived on it. */
    private static String caseFlow(Placement placed, Measure measure, String date, String condition) {
        return INSERT + placed.with() + "select cast(date_trunc('month', " + date + ") as date), p.neighbourhood_id,"
                + " 'EARLY_INTERVENTION', c.owning_service_id, " + CASE_WORKER + ", '" + measure.name() + "', count(*)"
                + " from caf_case c" + placed.join("c.family_id", date)
                + " where p.neighbourhood_id is not null and " + date + IN_RANGE.formatted(date) + " and " + condition
                + " group by 1, 2, 4, 5";
    }

    /**
     * Cases (or their children) counted at each month's end, placed where the family lived then. Each case brings
     * only its own months ({@code caseMonths}: {@link #EACH_CASE_MONTH} or {@link #THE_MONTH}), not every month of the
     * range to be tested against it.
     */
    private static String caseStock(Placement placed, String caseMonths, Measure measure, String from, String condition,
            String value) {
        return INSERT + placed.with() + "select d.month, p.neighbourhood_id, 'EARLY_INTERVENTION', c.owning_service_id, "
                + CASE_WORKER + ", '" + measure.name() + "', " + value
                + " from " + from + caseMonths + placed.join("c.family_id", "d.on_date")
                + " where p.neighbourhood_id is not null and c.referred_on < cast(:last as date) + interval '1 month'"
                + " and (c.closed_on is null or c.closed_on >= cast(:first as date)) and " + condition
                + " group by 1, 2, 4, 5";
    }

    /** A stock known only today: written for the current month, placed where the family lives today (a lookup each). */
    private static String snapshot(Measure measure, String from, String condition) {
        return INSERT + "select cast(date_trunc('month', cast(:today as date)) as date), p.neighbourhood_id,"
                + " 'EARLY_INTERVENTION', c.owning_service_id, " + CASE_WORKER + ", '" + measure.name() + "', count(*)"
                + " from " + from + Placement.LOOKUP.join("c.family_id", "cast(:today as date)")
                + " where p.neighbourhood_id is not null and " + condition + " group by 1, 2, 4, 5";
    }

    /** Grants awarded (approved, paid later or not) in the month of the decision, through their case. */
    private static String grants(Placement placed, Measure measure, String value) {
        return INSERT + placed.with() + "select cast(date_trunc('month', g.decided_on) as date), p.neighbourhood_id,"
                + " 'EARLY_INTERVENTION', c.owning_service_id, " + CASE_WORKER + ", '" + measure.name() + "', " + value
                + " from grant_request g join caf_case c on c.id = g.case_id" + placed.join("g.family_id", "g.decided_on")
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
