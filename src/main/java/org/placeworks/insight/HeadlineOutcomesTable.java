package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.placeworks.insight.InsightTable.Column;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.InsightTable.Row;
import org.placeworks.insight.internal.OutcomeQueries;

/** Needs on cases closed in the period, by the Supporting Families headline outcome each was tagged with. */
@RequestScoped
public class HeadlineOutcomesTable implements InsightTableSource {

    static final String ID = "headline-outcomes";

    static final String METHOD = "Every need on an early help case closed in the period (not referrals declined or "
            + "signposted at the referral decision), of families living in your neighbourhoods, under the Supporting "
            + "Families headline outcome it was tagged with, by the outcome recorded for it at closure: met, partly met or "
            + "not met. \"No outcome recorded\" is a need on a case that closed without one (for example when consent was "
            + "withdrawn). Shares are of the needs closed under that headline.";

    private static final List<Column> COLUMNS = List.of(
            new Column("needs", "Needs closed"),
            new Column("met", "Met"), new Column("metShare", "Met (share)"),
            new Column("partlyMet", "Partly met"), new Column("partlyMetShare", "Partly met (share)"),
            new Column("notMet", "Not met"), new Column("notMetShare", "Not met (share)"),
            new Column("unrecorded", "No outcome recorded"));

    private static final List<String> PARTS = List.of("met", "partlyMet", "notMet", "unrecorded");

    @Inject
    StoreTables kept;

    @Inject
    OutcomeQueries queries;

    @Inject
    InsightScope scope;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Outcomes by Supporting Families headline outcome";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return kept.kept(ID, filter, () -> build(filter, queries.byHeadline(filter, scope.neighbourhoodIds())));
    }

    static InsightTable build(InsightFilter filter, List<OutcomeQueries.HeadlineNeeds> headlines) {
        OutcomeQueries.HeadlineNeeds total = new OutcomeQueries.HeadlineNeeds(null,
                headlines.stream().mapToLong(OutcomeQueries.HeadlineNeeds::needs).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineNeeds::met).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineNeeds::partlyMet).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineNeeds::notMet).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineNeeds::unrecorded).sum());
        CountGrid grid = new CountGrid();
        List<String> keys = new ArrayList<>();
        for (OutcomeQueries.HeadlineNeeds h : headlines) {
            keys.add(h.headline().name());
            put(grid, h.headline().name(), h);
        }
        put(grid, OutcomesTable.TOTAL, total);
        List<String> columns = new ArrayList<>(PARTS);
        columns.add("needs");
        grid.columnSums(OutcomesTable.TOTAL, keys, columns);
        CountGrid.Published p = grid.publish();
        List<Row> rows = new ArrayList<>();
        for (OutcomeQueries.HeadlineNeeds h : headlines) {
            rows.add(row(p, h.headline().name(), h.headline().label(), Level.GROUP, h));
        }
        rows.add(row(p, OutcomesTable.TOTAL, "All headline outcomes", Level.TOTAL, total));
        return new InsightTable(ID, "Needs closed by headline outcome, " + filter.periodLabel(), "Headline outcome", COLUMNS,
                rows, METHOD, List.of());
    }

    private static void put(CountGrid grid, String key, OutcomeQueries.HeadlineNeeds h) {
        grid.count(key, "needs", h.needs());
        grid.count(key, "met", h.met());
        grid.count(key, "partlyMet", h.partlyMet());
        grid.count(key, "notMet", h.notMet());
        grid.count(key, "unrecorded", h.unrecorded());
        grid.rowSum(key, "needs", PARTS);
    }

    private static Row row(CountGrid.Published p, String key, String label, Level level, OutcomeQueries.HeadlineNeeds h) {
        return new Row(key, label, level, List.of(
                p.count(key, "needs"),
                p.count(key, "met"), p.share(key, "met", "needs", h.met(), h.needs()),
                p.count(key, "partlyMet"), p.share(key, "partlyMet", "needs", h.partlyMet(), h.needs()),
                p.count(key, "notMet"), p.share(key, "notMet", "needs", h.notMet(), h.needs()),
                p.count(key, "unrecorded")));
    }
}
