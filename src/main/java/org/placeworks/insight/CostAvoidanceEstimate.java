package org.placeworks.insight;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.placeworks.caf.HeadlineOutcome;

/**
 * The cost-avoidance ESTIMATE: outcomes sustained 6 months after closure, times the unit cost of what each outcome
 * is assumed to avoid. Never "savings": nobody can show that the cost would have fallen on the council, nor when.
 * Pure, so the arithmetic and its suppression are tested without a database.
 */
public final class CostAvoidanceEstimate {

    public static final String ID = "cost-avoidance";
    public static final String TITLE = "Cost avoidance (estimate)";
    static final String TOTAL = "total";

    private CostAvoidanceEstimate() {
    }

    /** A unit cost from configuration: what it prices, in pence, where the figure comes from and its price year. */
    public record UnitCost(String key, String label, long pence, String source, String year, HeadlineOutcome outcome) {
    }

    /**
     * @param sustained for each headline outcome, how many families' checks recorded it as held in the period
     */
    public static InsightTable table(List<UnitCost> costs, Map<HeadlineOutcome, Long> sustained, String period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> amounts = new LinkedHashMap<>();
        long total = 0;
        long totalAmount = 0;
        for (UnitCost c : costs) {
            long n = sustained.getOrDefault(c.outcome(), 0L);
            counts.put(c.key(), n);
            amounts.put(c.key(), n * c.pence());
            total += n;
            totalAmount += n * c.pence();
        }
        counts.put(TOTAL, total);
        amounts.put(TOTAL, totalAmount);
        Map<String, Figure> shown = Suppression.counts(counts, Map.of(TOTAL, List.copyOf(costs.stream().map(UnitCost::key).toList())));
        Map<String, Figure> estimates = Suppression.follow(shown, amounts, Unit.PENCE);
        // Hidden parts of different unit costs could be solved for from the total estimate: hide it with them.
        if (costs.stream().anyMatch(c -> !shown.get(c.key()).shown())) {
            estimates.put(TOTAL, estimates.get(TOTAL).withheld());
        }
        List<InsightTable.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (UnitCost c : costs) {
            rows.add(new InsightTable.Row(c.key(), c.outcome().label() + ": " + c.label(), InsightTable.Level.GROUP,
                    List.of(shown.get(c.key()), Figure.exact(c.pence(), Unit.PENCE), estimates.get(c.key()))));
            notes.add(c.label() + ": " + pounds(c.pence()) + ", " + c.year() + " prices. Source to check: " + c.source() + ".");
        }
        rows.add(new InsightTable.Row(TOTAL, "All outcomes priced", InsightTable.Level.TOTAL,
                List.of(shown.get(TOTAL), Figure.none(Unit.PENCE), estimates.get(TOTAL))));
        notes.add(0, "These unit costs are illustrative: replace them with your council's own figures "
                + "(placeworks.insight.outcomes.unit-costs in the configuration).");
        return new InsightTable(ID, TITLE + ", " + period, "Outcome and the cost it is assumed to avoid",
                List.of(new InsightTable.Column("sustained", "Families with the outcome sustained"),
                        new InsightTable.Column("unit-cost", "Unit cost"),
                        new InsightTable.Column("estimate", "Estimated cost avoided")),
                rows, METHOD, notes);
    }

    public static final String METHOD = "An estimate, not savings. For each headline outcome with a unit cost, we count the "
            + "families whose 6-month sustainment check, recorded in the period, says that outcome held, and multiply by the "
            + "unit cost of what the outcome is assumed to avoid for one family for one year. Assumptions: the cost would "
            + "otherwise have arisen once, in full, for each family; nothing else caused the outcome (no deadweight or "
            + "attribution is taken off); outcomes without a unit cost count for nothing. The total estimate is withheld "
            + "whenever any of its parts is hidden, so a hidden count cannot be worked out from the money.";

    private static String pounds(long pence) {
        return "£" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(pence / 100.0);
    }
}
