package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.geography.PopulationVintage;
import org.placeworks.geography.Populations;
import org.placeworks.insight.internal.Measure;
import org.placeworks.insight.internal.Summary;

/**
 * The inequality figures for the signed-in manager's neighbourhoods and a filter: deciles from geography, the
 * child populations with their vintage, and the counts from the summary store. Worked out once per request
 * and filter, as the page and its three tables share them.
 */
@RequestScoped
public class Inequality {

    @Inject
    InsightScope scope;

    @Inject
    Summary summary;

    @Inject
    Populations populations;

    private final Map<InsightFilter, InequalityFigures> worked = new HashMap<>();
    private List<PopulationVintage> vintages;

    public InequalityFigures figures(InsightFilter filter) {
        return worked.computeIfAbsent(filter, this::work);
    }

    /** Which year's populations the manager's neighbourhoods hold, newest first. */
    public List<PopulationVintage> vintages() {
        if (vintages == null) {
            vintages = populations.vintagesOf(scope.neighbourhoodIds());
        }
        return vintages;
    }

    private InequalityFigures work(InsightFilter filter) {
        List<InsightPlace> places = scope.neighbourhoods();
        Map<UUID, Map<Measure, Long>> counts = summary.byNeighbourhood(filter, places.stream().map(InsightPlace::id).toList());
        List<InequalityFigures.PlaceCounts> rows = new ArrayList<>();
        for (InsightPlace p : places) {
            Map<Measure, Long> c = counts.get(p.id());
            rows.add(new InequalityFigures.PlaceCounts(p.decile(), p.children(), c.get(Measure.REFERRALS), c.get(Measure.RE_REFERRALS),
                    c.get(Measure.CLOSURES_WITH_OUTCOMES), c.get(Measure.CLOSURES_ALL_NEEDS_MET)));
        }
        return InequalityFigures.of(rows, List.of(populationNote(vintages())));
    }

    /** "Child populations: 2024 figures from ONS mid-year estimates for 6 neighbourhoods; year not recorded for 2." */
    static String populationNote(List<PopulationVintage> vintages) {
        if (vintages.isEmpty()) {
            return "Child populations: none held for these neighbourhoods.";
        }
        List<String> parts = new ArrayList<>();
        for (PopulationVintage v : vintages) {
            parts.add(v.label() + " for " + v.areas() + (v.areas() == 1 ? " neighbourhood" : " neighbourhoods"));
        }
        return "Child populations: " + String.join("; ", parts) + ".";
    }
}
