package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.placeworks.insight.InsightTable.Column;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.InsightTable.Row;
import org.placeworks.insight.internal.Measure;
import org.placeworks.insight.internal.StoreStamp;
import org.placeworks.insight.internal.Summary;
import org.placeworks.organisation.Strand;

/**
 * Caseload by neighbourhood: every neighbourhood in the manager's ground, rolled up by ward, locality and
 * the whole, from the summary store (one read whatever the number of cases). Every count is suppressed
 * with its roll-ups (ward = its neighbourhoods, locality = its wards, total = its localities), column by
 * column; the rate of children and the grants' amount are hidden wherever their count is.
 */
@RequestScoped
public class CaseloadTable implements InsightTableSource {

    public static final String ID = "caseload";
    private static final String TOTAL = "total";

    /** The table's columns, in order: each a measure shown as a count, except the rate and the amount. */
    private enum Col {
        OPEN_CASES("open-cases", "Open early help cases", Measure.OPEN_CASES),
        CHILDREN_RATE("children-per-1000", "Children on open cases per 1,000 children", Measure.CHILDREN_ON_OPEN_CASES),
        REFERRALS("referrals", "New referrals", Measure.REFERRALS),
        CLOSURES("closures", "Closures", Measure.CLOSURES),
        RE_REFERRALS("re-referrals", "Re-referrals", Measure.RE_REFERRALS),
        OVERDUE_ASSESSMENTS("overdue-assessments", "Overdue assessments", Measure.OVERDUE_ASSESSMENTS),
        OVERDUE_REVIEWS("overdue-reviews", "Overdue reviews", Measure.OVERDUE_REVIEWS),
        AWAITING_SIGN_OFF("awaiting-sign-off", "Cases awaiting sign-off", Measure.AWAITING_SIGN_OFF),
        OPEN_PANEL_ACTIONS("open-panel-actions", "Open panel actions", Measure.OPEN_PANEL_ACTIONS),
        OVERDUE_PANEL_ACTIONS("overdue-panel-actions", "Overdue panel actions", Measure.OVERDUE_PANEL_ACTIONS),
        GRANTS("grants", "Grants awarded", Measure.GRANTS),
        GRANT_AMOUNT("grant-amount", "Grants awarded (amount)", Measure.GRANTS),
        OPEN_ESTATE_ISSUES("open-estate-issues", "Open estate issues", Measure.OPEN_ESTATE_ISSUES),
        OVERDUE_ESTATE_ISSUES("overdue-estate-issues", "Overdue estate issues", Measure.OVERDUE_ESTATE_ISSUES),
        ENGAGEMENT_EVENTS("engagement-events", "Engagement events", Measure.ENGAGEMENT_EVENTS),
        INTELLIGENCE_REPORTS("intelligence-reports", "Intelligence reports", Measure.INTELLIGENCE_REPORTS);

        final String key;
        final String heading;
        /** The count the column shows, or that its rate or amount is hidden with. */
        final Measure count;

        Col(String key, String heading, Measure count) {
            this.key = key;
            this.heading = heading;
            this.count = count;
        }
    }

    static final String METHOD = "Each neighbourhood's figures are read from the summary store, rebuilt from the records"
            + " every five minutes for the current month and every night for all months. An early help case is counted in"
            + " the neighbourhood where its family lived on the date counted, under the service that holds it and its lead"
            + " professional (or, before one is named, its allocated worker). Open early help cases, children on them,"
            + " overdue assessments and open and overdue estate issues are as they stood at the end of the period's last"
            + " month (today, for this month): a case is open from its referral until it closes; an assessment is overdue"
            + " after its due date until it is completed; an issue is open from its report until it is fixed or closed,"
            + " and overdue after its target date. Overdue reviews, cases awaiting a manager's sign-off and open and overdue"
            + " panel actions are known only as they stand now: each month keeps the last count taken in it. New referrals"
            + " (every request for support received, accepted or not), re-referrals (a request within 12 months of the"
            + " family's last case closing), closures (of cases that began; requests declined or signposted are not"
            + " closures), grants awarded (approved or paid, by the date of the decision, with the amount approved), estate"
            + " issues reported, engagement events held and intelligence reports received (counts only) are added up over"
            + " the period's months. Children on open cases per 1,000 children uses the child population stored for each"
            + " neighbourhood. A ward is the sum of its neighbourhoods, a locality of its wards, and the total of them all."
            + " Estate issues, engagement events and intelligence reports have no worker: with a worker chosen they show"
            + " no data, as does every column of a strand not chosen.";

    @Inject
    InsightScope scope;

    @Inject
    Summary summary;

    @Inject
    StoreStamp stamp;

    @Inject
    PublishedTables published;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Caseload by neighbourhood";
    }

    /** The table, kept until the store's next rebuild (the same for every reader of the same ground and filter). */
    @Override
    public InsightTable table(InsightFilter filter) {
        List<InsightPlace> places = scope.neighbourhoods();
        return published.get(new PublishedTables.Key(ID, places, filter, stamp.get().generation()), () -> build(filter, places));
    }

    private InsightTable build(InsightFilter filter, List<InsightPlace> places) {
        Rollup rollup = Rollup.of(places);
        Map<UUID, Map<Measure, Long>> raw = summary.byNeighbourhood(filter, places.stream().map(InsightPlace::id).toList());

        Map<Col, Map<String, Figure>> columns = new LinkedHashMap<>();
        for (Col col : Col.values()) {
            if (!applies(col.count, filter)) {
                Unit unit = unit(col);
                Map<String, Figure> none = new LinkedHashMap<>();
                rollup.keys().forEach(k -> none.put(k, Figure.none(unit)));
                columns.put(col, none);
                continue;
            }
            Map<String, Figure> counts = Suppression.counts(rollup.sum(raw, col.count), rollup.sums());
            columns.put(col, switch (col) {
                case CHILDREN_RATE -> rates(counts, rollup.sum(raw, col.count), rollup.children());
                case GRANT_AMOUNT -> Suppression.follow(counts, rollup.sum(raw, Measure.GRANT_PENCE), Unit.PENCE);
                default -> counts;
            });
        }

        List<Row> rows = new ArrayList<>();
        for (Rollup.Line line : rollup.lines()) {
            List<Figure> figures = new ArrayList<>();
            for (Col col : Col.values()) {
                figures.add(columns.get(col).get(line.key()));
            }
            rows.add(new Row(line.key(), line.label(), line.level(), figures));
        }
        List<Column> headings = new ArrayList<>();
        for (Col col : Col.values()) {
            headings.add(new Column(col.key, col.heading));
        }
        return new InsightTable(ID, title(), "Area", headings, rows, METHOD, List.of(
                "Period: " + filter.periodLabel() + ".",
                "Only the neighbourhoods your services cover are counted."));
    }

    /** A column counts for the filter: its strand chosen, and (with a worker chosen) early help only. */
    private static boolean applies(Measure measure, InsightFilter filter) {
        return filter.includes(measure.strand()) && (filter.worker() == null || measure.strand() == Strand.EARLY_INTERVENTION);
    }

    private static Unit unit(Col col) {
        return switch (col) {
            case CHILDREN_RATE -> Unit.RATE_PER_1000;
            case GRANT_AMOUNT -> Unit.PENCE;
            default -> Unit.COUNT;
        };
    }

    private static Map<String, Figure> rates(Map<String, Figure> counts, Map<String, Long> raw, Map<String, Long> children) {
        Map<String, Figure> rates = new LinkedHashMap<>();
        counts.forEach((key, count) -> {
            long population = children.getOrDefault(key, 0L);
            rates.put(key, population == 0 ? Figure.none(Unit.RATE_PER_1000)
                    : Figure.derived(count, raw.get(key) * 1000.0 / population, Unit.RATE_PER_1000));
        });
        return rates;
    }

    /**
     * The table's rows in order (each locality, its wards and their neighbourhoods, then the total) and what
     * adds up to what. A neighbourhood without a ward, or a ward without a locality, adds straight to the total.
     */
    record Rollup(List<Line> lines, Map<String, List<String>> sums, Map<String, List<UUID>> neighbourhoodsOf,
            Map<String, Long> children) {

        record Line(String key, String label, Level level) {
        }

        static Rollup of(List<InsightPlace> places) {
            List<Line> lines = new ArrayList<>();
            Map<String, List<String>> sums = new LinkedHashMap<>();
            Map<String, List<UUID>> under = new LinkedHashMap<>();
            List<String> top = new ArrayList<>();
            List<UUID> all = new ArrayList<>();
            String locality = null;
            String ward = null;
            for (InsightPlace p : places) {
                String l = p.localityId() == null ? null : "locality:" + p.localityId();
                String w = p.wardId() == null ? null : "ward:" + p.wardId();
                if (l != null && !Objects.equals(l, locality) && !sums.containsKey(l)) {
                    lines.add(new Line(l, p.locality(), Level.LOCALITY));
                    sums.put(l, new ArrayList<>());
                    under.put(l, new ArrayList<>());
                    top.add(l);
                }
                locality = l;
                if (w != null && !Objects.equals(w, ward) && !sums.containsKey(w)) {
                    lines.add(new Line(w, p.ward(), Level.WARD));
                    sums.put(w, new ArrayList<>());
                    under.put(w, new ArrayList<>());
                    if (l != null) {
                        sums.get(l).add(w);
                    } else {
                        top.add(w);
                    }
                }
                ward = w;
                String n = "neighbourhood:" + p.id();
                lines.add(new Line(n, p.name(), Level.NEIGHBOURHOOD));
                under.put(n, List.of(p.id()));
                if (w != null) {
                    sums.get(w).add(n);
                    under.get(w).add(p.id());
                } else if (l != null) {
                    sums.get(l).add(n);
                } else {
                    top.add(n);
                }
                if (l != null) {
                    under.get(l).add(p.id());
                }
                all.add(p.id());
            }
            lines.add(new Line(TOTAL, "All neighbourhoods you cover", Level.TOTAL));
            sums.put(TOTAL, top);
            under.put(TOTAL, all);
            Map<UUID, Integer> population = new LinkedHashMap<>();
            places.forEach(p -> population.put(p.id(), p.children() == null ? 0 : p.children()));
            Map<String, Long> children = new LinkedHashMap<>();
            under.forEach((key, ids) -> children.put(key, ids.stream().mapToLong(population::get).sum()));
            return new Rollup(lines, sums, under, children);
        }

        List<String> keys() {
            return lines.stream().map(Line::key).toList();
        }

        /** A measure's raw value for every row: a neighbourhood's own, a roll-up's the sum of its neighbourhoods. */
        Map<String, Long> sum(Map<UUID, Map<Measure, Long>> raw, Measure measure) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (Line line : lines) {
                values.put(line.key(), neighbourhoodsOf.get(line.key()).stream()
                        .mapToLong(id -> raw.getOrDefault(id, Map.of()).getOrDefault(measure, 0L)).sum());
            }
            return values;
        }
    }
}
