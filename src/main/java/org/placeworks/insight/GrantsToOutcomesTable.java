package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.placeworks.insight.InsightTable.Column;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.InsightTable.Row;
import org.placeworks.insight.internal.OutcomeQueries;

/** Grants awarded, by the headline outcome of the need each was for, beside how those needs have gone. */
@RequestScoped
public class GrantsToOutcomesTable implements InsightTableSource {

    static final String ID = "grants-to-outcomes";

    static final String METHOD = "Grants approved or paid whose decision fell in the period (declined, cancelled and lapsed "
            + "requests left out), for early help cases of families living in your neighbourhoods, under the Supporting "
            + "Families headline outcome of the need each grant was for. Amount awarded is the approved amount; amount "
            + "paid is what was paid for the grants paid so far. Needs are counted once however many grants they had: met, "
            + "partly met or not met as recorded when the case closed, no outcome recorded where it closed without one, and "
            + "still open where the case has not closed. An amount is hidden wherever the number of grants beside it is.";

    private static final List<Column> COLUMNS = List.of(
            new Column("awarded", "Grants awarded"), new Column("awardedPence", "Amount awarded"),
            new Column("paid", "Grants paid"), new Column("paidPence", "Amount paid"),
            new Column("needs", "Needs the grants were for"),
            new Column("met", "Met"), new Column("partlyMet", "Partly met"), new Column("notMet", "Not met"),
            new Column("unrecorded", "Closed, no outcome recorded"), new Column("open", "Still open"));

    private static final List<String> NEED_PARTS = List.of("met", "partlyMet", "notMet", "unrecorded", "open");

    private static final List<String> COUNTS = List.of("awarded", "paid", "needs", "met", "partlyMet", "notMet", "unrecorded",
            "open");

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
        return "Grants to outcomes";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return kept.kept(ID, filter, () -> build(filter, queries.grantsByHeadline(filter, scope.neighbourhoodIds())));
    }

    static InsightTable build(InsightFilter filter, List<OutcomeQueries.HeadlineGrants> headlines) {
        OutcomeQueries.HeadlineGrants total = new OutcomeQueries.HeadlineGrants(null,
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::awarded).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::awardedPence).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::paid).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::paidPence).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::needs).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::met).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::partlyMet).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::notMet).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::unrecorded).sum(),
                headlines.stream().mapToLong(OutcomeQueries.HeadlineGrants::open).sum());
        CountGrid grid = new CountGrid();
        List<String> keys = new ArrayList<>();
        for (OutcomeQueries.HeadlineGrants h : headlines) {
            keys.add(h.headline().name());
            put(grid, h.headline().name(), h);
        }
        put(grid, OutcomesTable.TOTAL, total);
        grid.columnSums(OutcomesTable.TOTAL, keys, COUNTS);
        CountGrid.Published p = grid.publish();
        List<Row> rows = new ArrayList<>();
        for (OutcomeQueries.HeadlineGrants h : headlines) {
            rows.add(row(p, h.headline().name(), h.headline().label(), Level.GROUP));
        }
        rows.add(row(p, OutcomesTable.TOTAL, "All headline outcomes", Level.TOTAL));
        return new InsightTable(ID, "Grants to outcomes, " + filter.periodLabel(), "Headline outcome of the need", COLUMNS,
                rows, METHOD, List.of("Spend is shown beside outcomes, not as their cause: a need met may owe little to the grant."));
    }

    private static void put(CountGrid grid, String key, OutcomeQueries.HeadlineGrants h) {
        grid.count(key, "awarded", h.awarded());
        grid.amount(key, "awardedPence", h.awardedPence());
        grid.count(key, "paid", h.paid());
        grid.amount(key, "paidPence", h.paidPence());
        grid.count(key, "needs", h.needs());
        grid.count(key, "met", h.met());
        grid.count(key, "partlyMet", h.partlyMet());
        grid.count(key, "notMet", h.notMet());
        grid.count(key, "unrecorded", h.unrecorded());
        grid.count(key, "open", h.open());
        grid.rowSum(key, "needs", NEED_PARTS);
    }

    private static Row row(CountGrid.Published p, String key, String label, Level level) {
        return new Row(key, label, level, List.of(
                p.count(key, "awarded"), p.amount(key, "awarded", "awardedPence"),
                p.count(key, "paid"), p.amount(key, "paid", "paidPence"),
                p.count(key, "needs"), p.count(key, "met"), p.count(key, "partlyMet"), p.count(key, "notMet"),
                p.count(key, "unrecorded"), p.count(key, "open")));
    }
}
