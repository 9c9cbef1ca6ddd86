package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightPlace;

/**
 * One neighbourhood as a manager sees it: where it is, its people, the map's figures for it and its new
 * referrals and open cases month by month, with the chart drawn.
 */
@ApplicationScoped
public class NeighbourhoodDetails {

    @Inject
    Summary summary;

    /** The neighbourhood, its figures and the trend over the filter's months, with the chart drawn. */
    public record Detail(InsightPlace place, PlaceFigures.Line figures, NeighbourhoodTrend trend, String chart) {
    }

    /** {@code place} is one the manager sees, and {@code line} its row of the map's figures. */
    public Detail detail(InsightPlace place, PlaceFigures.Line line, InsightFilter filter) {
        UUID id = place.id();
        List<java.time.YearMonth> months = filter.months();
        NeighbourhoodTrend trend = NeighbourhoodTrend.of(months, summary.trend(id, Measure.REFERRALS, filter),
                summary.trend(id, Measure.OPEN_CASES, filter), line.figure(MapMeasure.REFERRALS), line.figure(MapMeasure.OPEN_CASES));
        String chart = TrendChart.draw("trend-chart", "New referrals and open cases each month in " + place.name(), months,
                List.of(new TrendChart.Series("New referrals", trend.referralValues()),
                        new TrendChart.Series("Open cases at the month's end", trend.openCaseValues())));
        return new Detail(place, line, trend, chart);
    }
}
