package org.placeworks.insight.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightScope;
import org.placeworks.shared.NotFound;

/**
 * One neighbourhood as a manager sees it: where it is, its people, the map's figures for it and its new
 * referrals and open cases month by month. A neighbourhood outside the manager's boundaries is not
 * found, as if it did not exist.
 */
@RequestScoped
public class NeighbourhoodDetails {

    @Inject
    InsightScope scope;

    @Inject
    MapFigures figures;

    @Inject
    Summary summary;

    /** The neighbourhood, its figures and the trend over the filter's months, with the chart drawn. */
    public record Detail(InsightPlace place, PlaceFigures.Line figures, NeighbourhoodTrend trend, String chart) {
    }

    public Detail detail(UUID id, InsightFilter filter) {
        if (!scope.sees(id)) {
            throw new NotFound("neighbourhood", id);
        }
        InsightPlace place = scope.neighbourhoods().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("neighbourhood", id));
        PlaceFigures.Line line = figures.figures(filter).neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood", id));
        List<java.time.YearMonth> months = filter.months();
        NeighbourhoodTrend trend = NeighbourhoodTrend.of(months, summary.trend(id, Measure.REFERRALS, filter),
                summary.trend(id, Measure.OPEN_CASES, filter), line.figure(MapMeasure.REFERRALS), line.figure(MapMeasure.OPEN_CASES));
        String chart = TrendChart.draw("trend-chart", "New referrals and open cases each month in " + place.name(), months,
                List.of(new TrendChart.Series("New referrals", trend.referralValues()),
                        new TrendChart.Series("Open cases at the month's end", trend.openCaseValues())));
        return new Detail(place, line, trend, chart);
    }
}
