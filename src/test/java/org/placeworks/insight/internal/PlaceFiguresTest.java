package org.placeworks.insight.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.Unit;

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
    private static PlaceFigures figures() {
        return PlaceFigures.of(places(), Map.of(MARKET, Map.of(Measure.REFERRALS, 12L), CASTLE, Map.of(Measure.REFERRALS, 3L),
                RIVERSIDE, Map.of(Measure.REFERRALS, 20L)));
    }

    private static String text(PlaceFigures figures, String key, MapMeasure measure) {
        return figures.lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().figure(measure).text();
    }

    @Test
    void rowsRunFromTheTotalThroughLocalityAndWardToNeighbourhood() {
        List<String> labels = figures().lines().stream().map(PlaceFigures.Line::label).toList();
        assertEquals(List.of("All neighbourhoods shown", "Town", "North", "Market", "Castle", "South", "Riverside"), labels);
        assertEquals(List.of(InsightTable.Level.TOTAL, InsightTable.Level.LOCALITY, InsightTable.Level.WARD,
                InsightTable.Level.NEIGHBOURHOOD, InsightTable.Level.NEIGHBOURHOOD, InsightTable.Level.WARD,
                InsightTable.Level.NEIGHBOURHOOD), figures().lines().stream().map(PlaceFigures.Line::level).toList());
    }

    @Test
    void aHiddenNeighbourhoodBesideItsWardTotalTakesItsSmallestNeighbourWithIt() {
        PlaceFigures figures = figures();
        assertEquals("fewer than 5", text(figures, CASTLE.toString(), MapMeasure.REFERRALS));
        // North (15) minus Market (12) would give Castle away: Market is withheld
        assertEquals("withheld", text(figures, MARKET.toString(), MapMeasure.REFERRALS));
        assertEquals("15", text(figures, "ward-" + NORTH, MapMeasure.REFERRALS));
        assertEquals("20", text(figures, RIVERSIDE.toString(), MapMeasure.REFERRALS));
        assertEquals("35", text(figures, PlaceFigures.TOTAL, MapMeasure.REFERRALS));
    }

    @Test
    void aRatePerThousandChildrenIsHiddenWithItsCountAndNeedsEveryChildCounted() {
        PlaceFigures figures = figures();
        assertEquals("withheld", text(figures, MARKET.toString(), MapMeasure.REFERRALS_RATE));
        assertEquals("fewer than 5", text(figures, CASTLE.toString(), MapMeasure.REFERRALS_RATE));
        assertEquals("30.0", text(figures, "ward-" + NORTH, MapMeasure.REFERRALS_RATE)); // 15 x 1,000 / 500
        assertEquals("no data", text(figures, RIVERSIDE.toString(), MapMeasure.REFERRALS_RATE)); // no child population
        assertEquals("no data", text(figures, "locality-" + LOCALITY, MapMeasure.REFERRALS_RATE)); // Riverside's children unknown
        assertEquals(Figure.exact(500, Unit.COUNT), figures.lines().stream().filter(l -> l.key().equals("ward-" + NORTH))
                .findFirst().orElseThrow().childPopulation());
    }

    @Test
    void nothingRecordedIsFewerThanFiveNotZero() {
        assertEquals("fewer than 5", text(figures(), PlaceFigures.TOTAL, MapMeasure.OPEN_CASES));
    }

    @Test
    void theTableHasTheChildPopulationThenEveryMeasure() {
        InsightTable table = figures().table("map", "Figures", "method", List.of());
        assertEquals(1 + MapMeasure.values().length, table.columns().size());
        assertEquals(7, table.rows().size());
        assertEquals("200", table.rows().get(3).figures().get(0).text());
    }
}
