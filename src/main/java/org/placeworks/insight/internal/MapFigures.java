package org.placeworks.insight.internal;

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

/**
 * The "map" table: the figures the neighbourhood map shades by, for the neighbourhoods the signed-in
 * manager sees, with ward, locality and total rows. The map page draws from the same figures, so the
 * map, its table and every export hide exactly the same cells.
 */
@RequestScoped
public class MapFigures implements InsightTableSource {

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
        return figures(filter).table(ID, title(), method(filter), List.of(
                "Ward, locality and total rows add up only the neighbourhoods you see, and so do their child populations.",
                "Rates per 1,000 children divide by the child population stored for each neighbourhood."));
    }

    public PlaceFigures figures(InsightFilter filter) {
        return read.computeIfAbsent(filter, f -> {
            List<InsightPlace> places = scope.neighbourhoods();
            return PlaceFigures.of(places, summary.byNeighbourhood(f, places.stream().map(InsightPlace::id).toList()));
        });
    }

    static String method(InsightFilter filter) {
        return "Counted from the summary store, refreshed daily and on change, for " + filter.from() + " to " + filter.to()
                + ". New referrals, re-referrals and intelligence reports are counted over the whole period; open cases, "
                + "children on open cases, overdue reviews and open estate issues are as they stood at the end of its last month. "
                + "A rate per 1,000 children is the count times 1,000, divided by the children living in the area.";
    }
}
