package org.placeworks.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.insight.InsightTable.Column;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.InsightTable.Row;
import org.placeworks.insight.internal.TimelinessQueries;

/** How the timeliness tables (by service, by worker) are laid out and suppressed, from the raw figures. */
final class TimelinessTable {

    static final String METHOD = "Early help cases of families living in your neighbourhoods. Assessments completed: "
            + "assessments whose completion date falls in the period; within timescale: completed on or before the date "
            + "they were due (set when consent was given). Median days are calendar days from the referral date to the "
            + "assessment's completion, to the first review of the plan, and to closure, taken over the assessments "
            + "completed, first reviews held and cases closed in the period (not referrals declined or signposted at the "
            + "referral decision). The median is PostgreSQL's percentile_cont(0.5): with an even number of cases, the mean "
            + "of the middle two. A median over fewer than 5 cases is hidden with their count.";

    private static final List<Column> COLUMNS = List.of(
            new Column("assessments", "Assessments completed"),
            new Column("withinTimescale", "Within timescale"), new Column("withinShare", "Within timescale (share)"),
            new Column("daysToAssessment", "Median days to assessment"),
            new Column("firstReviews", "First reviews held"), new Column("daysToReview", "Median days to first review"),
            new Column("closures", "Cases closed"), new Column("daysToClosure", "Median days to closure"));

    private static final List<String> COUNTS = List.of("assessments", "withinTimescale", "firstReviews", "closures");

    private TimelinessTable() {
    }

    /**
     * @param labels each group's label, in the order the rows are shown (a null key: cases with no worker)
     */
    static InsightTable build(String id, String title, String labelHeading, InsightFilter filter,
            TimelinessQueries.Grouped grouped, Map<UUID, String> labels, String totalLabel) {
        CountGrid grid = new CountGrid();
        List<String> keys = new ArrayList<>();
        labels.keySet().forEach(k -> {
            String key = key(k);
            keys.add(key);
            put(grid, key, grouped.groups().getOrDefault(k, TimelinessQueries.Timeliness.NONE));
        });
        put(grid, OutcomesTable.TOTAL, grouped.total());
        grid.columnSums(OutcomesTable.TOTAL, keys, COUNTS);
        CountGrid.Published p = grid.publish();
        List<Row> rows = new ArrayList<>();
        labels.forEach((k, label) -> rows.add(row(p, key(k), label, Level.GROUP,
                grouped.groups().getOrDefault(k, TimelinessQueries.Timeliness.NONE))));
        rows.add(row(p, OutcomesTable.TOTAL, totalLabel, Level.TOTAL, grouped.total()));
        return new InsightTable(id, title + ", " + filter.periodLabel(), labelHeading, COLUMNS, rows, METHOD, List.of());
    }

    private static String key(UUID group) {
        return group == null ? "none" : group.toString();
    }

    private static void put(CountGrid grid, String key, TimelinessQueries.Timeliness t) {
        grid.count(key, "assessments", t.assessments().cases());
        grid.count(key, "withinTimescale", t.assessments().withinTimescale());
        grid.count(key, "firstReviews", t.firstReviews().cases());
        grid.count(key, "closures", t.closures().cases());
    }

    private static Row row(CountGrid.Published p, String key, String label, Level level, TimelinessQueries.Timeliness t) {
        return new Row(key, label, level, List.of(
                p.count(key, "assessments"), p.count(key, "withinTimescale"),
                p.share(key, "withinTimescale", "assessments", t.assessments().withinTimescale(), t.assessments().cases()),
                p.median(key, "assessments", t.assessments().medianDays()),
                p.count(key, "firstReviews"), p.median(key, "firstReviews", t.firstReviews().medianDays()),
                p.count(key, "closures"), p.median(key, "closures", t.closures().medianDays())));
    }
}
