package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.placeworks.insight.InsightTable.Column;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.InsightTable.Row;
import org.placeworks.insight.internal.OutcomeQueries;

/** Closed early help cases by owning service: how their needs went, and the step-up and step-down rates. */
@RequestScoped
public class OutcomesTable implements InsightTableSource {

    static final String ID = "outcomes";
    static final String TOTAL = "total";

    static final String METHOD = "Closed cases are early help cases (not referrals declined or signposted at the referral "
            + "decision) whose closure date falls in the period, of families living in your neighbourhoods, counted under "
            + "the service that owned them. Every need met: every need on the case was recorded as met at closure. Partly "
            + "met: at least one need met or partly met, but not every need met. Not met: no need met or partly met "
            + "(including cases closed before any need was recorded). Shares are of the closed cases. Step-up rate: cases "
            + "closed as stepped up to children's social care, as a share of the cases closed in the period. Step-down "
            + "rate: referrals in the period that came stepped down from children's social care, as a share of every "
            + "referral received in the period (declined and signposted referrals included).";

    private static final List<Column> COLUMNS = List.of(
            new Column("closed", "Cases closed"),
            new Column("allMet", "Every need met"), new Column("allMetShare", "Every need met (share)"),
            new Column("partlyMet", "Partly met"), new Column("partlyMetShare", "Partly met (share)"),
            new Column("notMet", "Not met"), new Column("notMetShare", "Not met (share)"),
            new Column("steppedUp", "Stepped up"), new Column("stepUpRate", "Step-up rate"),
            new Column("referrals", "Referrals"), new Column("steppedDown", "Stepped down"),
            new Column("stepDownRate", "Step-down rate"));

    private static final List<String> COUNTS = List.of("closed", "allMet", "partlyMet", "notMet", "steppedUp", "referrals",
            "steppedDown");

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
        return "Outcomes of closed cases by service";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return kept.kept(ID, filter, () -> build(filter, queries.byService(filter, scope.neighbourhoodIds())));
    }

    /** The table from the raw counts, suppressed: apart from the query, so that its rules are tested alone. */
    static InsightTable build(InsightFilter filter, List<OutcomeQueries.ServiceOutcomes> services) {
        OutcomeQueries.ServiceOutcomes total = new OutcomeQueries.ServiceOutcomes(null, "All services",
                services.stream().mapToLong(OutcomeQueries.ServiceOutcomes::closed).sum(),
                services.stream().mapToLong(OutcomeQueries.ServiceOutcomes::allMet).sum(),
                services.stream().mapToLong(OutcomeQueries.ServiceOutcomes::partlyMet).sum(),
                services.stream().mapToLong(OutcomeQueries.ServiceOutcomes::notMet).sum(),
                services.stream().mapToLong(OutcomeQueries.ServiceOutcomes::steppedUp).sum(),
                services.stream().mapToLong(OutcomeQueries.ServiceOutcomes::referrals).sum(),
                services.stream().mapToLong(OutcomeQueries.ServiceOutcomes::steppedDown).sum());
        CountGrid grid = new CountGrid();
        List<String> keys = new ArrayList<>();
        for (OutcomeQueries.ServiceOutcomes s : services) {
            String key = s.serviceId().toString();
            keys.add(key);
            put(grid, key, s);
        }
        put(grid, TOTAL, total);
        grid.columnSums(TOTAL, keys, COUNTS);
        CountGrid.Published published = grid.publish();
        List<Row> rows = new ArrayList<>();
        for (OutcomeQueries.ServiceOutcomes s : services) {
            rows.add(row(published, s.serviceId().toString(), s.service(), Level.GROUP, s));
        }
        rows.add(row(published, TOTAL, total.service(), Level.TOTAL, total));
        return new InsightTable(ID, "Outcomes of cases closed, " + filter.periodLabel(), "Owning service", COLUMNS, rows,
                METHOD, List.of("Step-up and step-down rates count early help cases only; children's social care's own "
                        + "records are not read."));
    }

    private static void put(CountGrid grid, String key, OutcomeQueries.ServiceOutcomes s) {
        grid.count(key, "closed", s.closed());
        grid.count(key, "allMet", s.allMet());
        grid.count(key, "partlyMet", s.partlyMet());
        grid.count(key, "notMet", s.notMet());
        grid.count(key, "steppedUp", s.steppedUp());
        grid.count(key, "referrals", s.referrals());
        grid.count(key, "steppedDown", s.steppedDown());
        grid.rowSum(key, "closed", List.of("allMet", "partlyMet", "notMet"));
    }

    private static Row row(CountGrid.Published p, String key, String label, Level level, OutcomeQueries.ServiceOutcomes s) {
        List<Figure> figures = List.of(
                p.count(key, "closed"),
                p.count(key, "allMet"), p.share(key, "allMet", "closed", s.allMet(), s.closed()),
                p.count(key, "partlyMet"), p.share(key, "partlyMet", "closed", s.partlyMet(), s.closed()),
                p.count(key, "notMet"), p.share(key, "notMet", "closed", s.notMet(), s.closed()),
                p.count(key, "steppedUp"), p.share(key, "steppedUp", "closed", s.steppedUp(), s.closed()),
                p.count(key, "referrals"), p.count(key, "steppedDown"),
                p.share(key, "steppedDown", "referrals", s.steppedDown(), s.referrals()));
        return new Row(key, label, level, figures);
    }
}
