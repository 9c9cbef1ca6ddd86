package org.placeworks.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightScope;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.InsightTableSource;
import org.placeworks.insight.internal.PlaceFigures;
import org.placeworks.insight.internal.Summary;

/**
 * The "map" table: the figures the neighbourhood map shades by, for the neighbourhoods the signed-in
 * manager sees, with ward, locality and total rows. The map page draws from the same figures, so the
 * map, its table and every export hide exactly the same cells.
 */
@RequestScoped
public class MapTable implements InsightTableSource {

    public static final String ID = "map";

    @Inject
    InsightScope scope;

    @Inject
    Summary summary;

    /** The page asks for the figures and the table for one filter: read the store once. */
    private final Map<InsightFilter, PlaceFigures> read = new HashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Figures by neighbourhood";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return figures(filter).table(ID, title(), method(filter), List.of("Period: " + filter.periodLabel() + ".",
                "Only the neighbourhoods your services cover are counted; ward, locality and total rows add up those alone."));
    }

    /** The figures behind the table, for the map page (internal types stay inside insight). */
    PlaceFigures figures(InsightFilter filter) {
        return read.computeIfAbsent(filter, f -> {
            List<InsightPlace> places = scope.neighbourhoods();
            return PlaceFigures.of(places, summary.byNeighbourhood(f, places.stream().map(InsightPlace::id).toList()), f);
        });
    }

    static String method(InsightFilter filter) {
        return PlaceFigures.METHOD + " New referrals per 1,000 children is the period's new referrals times 1,000, divided by"
                + " the same child population.";
    }
}
