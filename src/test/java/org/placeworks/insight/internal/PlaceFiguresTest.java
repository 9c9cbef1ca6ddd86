package org.placeworks.insight.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import java.time.YearMonth;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.Unit;
import org.placeworks.organisation.Strand;

/** The map's figures: rolled up by ward, locality and total, suppressed across the levels, rates hidden with their counts. */
class PlaceFiguresTest {

    static final UUID LOCALITY = UUID.randomUUID();
    static final UUID NORTH = UUID.randomUUID();
    static final UUID SOUTH = UUID.randomUUID();
    static final UUID MARKET = UUID.randomUUID();
    static final UUID CASTLE = UUID.randomUUID();
    static final UUID RIVERSIDE = UUID.randomUUID();

    private static List<InsightPlace> places() {
        return List.of(new InsightPlace(MARKET, "E1", "Market", NORTH, "North", LOCALITY, "Town", 5, 200, 1000),
                new InsightPlace(CASTLE, "E2", "Castle", NORTH, "North", LOCALITY, "Town", 9, 300, 1000),
                new InsightPlace(RIVERSIDE, "E3", "Riverside", SOUTH, "South", LOCALITY, "Town", 3, null, 1000));
    }

    /** Referrals: Market 12, Castle 3, Riverside 20; so North 15, South 20, the town and the total 35. */
    private static final InsightFilter YEAR = InsightFilter.twelveMonthsTo(YearMonth.of(2026, 11));

    private static PlaceFigures figures() {
        return figures(YEAR);
    }

    private static PlaceFigures figures(InsightFilter filter) {
        return PlaceFigures.of(places(), Map.of(MARKET, Map.of(Measure.REFERRALS, 12L, Measure.OPEN_ESTATE_ISSUES, 9L),
                CASTLE, Map.of(Measure.REFERRALS, 3L), RIVERSIDE, Map.of(Measure.REFERRALS, 20L)), filter);
    }

    private static String n(UUID id) {
        return "neighbourhood:" + id;
    }

    private static String text(PlaceFigures figures, String key, MapMeasure measure) {
        return figures.lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().figure(measure).text();
    }

    @Test
    void rowsAreTheCaseloadTablesFromLocalityThroughWardToNeighbourhoodThenTheTotal() {
        List<String> labels = figures().lines().stream().map(PlaceFigures.Line::label).toList();
        assertEquals(List.of("Town", "North", "Market", "Castle", "South", "Riverside", "All neighbourhoods you cover"), labels);
        assertEquals(List.of(InsightTable.Level.LOCALITY, InsightTable.Level.WARD, InsightTable.Level.NEIGHBOURHOOD,
                InsightTable.Level.NEIGHBOURHOOD, InsightTable.Level.WARD, InsightTable.Level.NEIGHBOURHOOD, InsightTable.Level.TOTAL),
                figures().lines().stream().map(PlaceFigures.Line::level).toList());
        assertEquals(List.of(MARKET, CASTLE, RIVERSIDE), figures().neighbourhoods().stream().map(PlaceFigures.Line::neighbourhood).toList());
    }

    @Test
    void aHiddenNeighbourhoodBesideItsWardTotalTakesItsSmallestNeighbourWithIt() {
        PlaceFigures figures = figures();
        assertEquals("fewer than 5", text(figures, n(CASTLE), MapMeasure.REFERRALS));
        // North (15) minus Market (12) would give Castle away: Market is withheld
        assertEquals("withheld", text(figures, n(MARKET), MapMeasure.REFERRALS));
        assertEquals("15", text(figures, "ward:" + NORTH, MapMeasure.REFERRALS));
        assertEquals("20", text(figures, n(RIVERSIDE), MapMeasure.REFERRALS));
        assertEquals("35", text(figures, PlaceFigures.TOTAL, MapMeasure.REFERRALS));
    }

    @Test
    void aRatePerThousandChildrenIsHiddenWithItsCountAndNeedsEveryChildCounted() {
        PlaceFigures figures = figures();
        assertEquals("withheld", text(figures, n(MARKET), MapMeasure.REFERRALS_RATE));
        assertEquals("fewer than 5", text(figures, n(CASTLE), MapMeasure.REFERRALS_RATE));
        assertEquals("30.0", text(figures, "ward:" + NORTH, MapMeasure.REFERRALS_RATE)); // 15 x 1,000 / 500
        assertEquals("no data", text(figures, n(RIVERSIDE), MapMeasure.REFERRALS_RATE)); // no child population
        assertEquals(Figure.exact(500, Unit.COUNT), figures.lines().stream().filter(l -> l.key().equals("ward:" + NORTH))
                .findFirst().orElseThrow().childPopulation());
    }

    @Test
    void nothingRecordedIsFewerThanFiveNotZero() {
        assertEquals("fewer than 5", text(figures(), PlaceFigures.TOTAL, MapMeasure.OPEN_CASES));
    }

    @Test
    void aStrandNotChosenHasNoData() {
        PlaceFigures earlyHelp = figures(new InsightFilter(YEAR.from(), YEAR.to(), Strand.EARLY_INTERVENTION, null, null));
        assertEquals("no data", text(earlyHelp, n(MARKET), MapMeasure.OPEN_ESTATE_ISSUES));
        assertEquals("9", text(figures(), n(MARKET), MapMeasure.OPEN_ESTATE_ISSUES));
        assertEquals("withheld", text(earlyHelp, n(MARKET), MapMeasure.REFERRALS));
    }

    @Test
    void theTableHasTheChildPopulationThenEveryMeasure() {
        InsightTable table = figures().table("map", "Figures", "method", List.of());
        assertEquals(1 + MapMeasure.values().length, table.columns().size());
        assertEquals(7, table.rows().size());
        assertEquals("200", table.rows().get(2).figures().get(0).text());
    }
}
