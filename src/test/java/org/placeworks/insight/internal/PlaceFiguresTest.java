package org.placeworks.insight.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.Unit;

/** The map's figures: the caseload table's published cells as they are, and referrals per 1,000 children hidden with them. */
class PlaceFiguresTest {

    static final UUID LOCALITY = UUID.randomUUID();
    static final UUID NORTH = UUID.randomUUID();
    static final UUID SOUTH = UUID.randomUUID();
    static final UUID MARKET = UUID.randomUUID();
    static final UUID CASTLE = UUID.randomUUID();
    static final UUID RIVERSIDE = UUID.randomUUID();

    private static final List<String> COLUMNS = List.of("open-cases", "children-per-1000", "referrals", "re-referrals",
            "overdue-reviews", "open-estate-issues", "intelligence-reports");

    private static List<InsightPlace> places() {
        return List.of(new InsightPlace(MARKET, "E1", "Market", NORTH, "North", LOCALITY, "Town", 5, 200, 1000),
                new InsightPlace(CASTLE, "E2", "Castle", NORTH, "North", LOCALITY, "Town", 9, 300, 1000),
                new InsightPlace(RIVERSIDE, "E3", "Riverside", SOUTH, "South", LOCALITY, "Town", 3, null, 1000));
    }

    /** A row of the caseload table with its referrals (the other columns a shown 7). */
    private static InsightTable.Row row(String key, String label, Level level, Figure referrals) {
        List<Figure> figures = new ArrayList<>();
        for (String column : COLUMNS) {
            figures.add(column.equals("referrals") ? referrals : Figure.count(7));
        }
        return new InsightTable.Row(key, label, level, figures);
    }

    /**
     * As the caseload table publishes referrals Market 12, Castle 3, Riverside 20: Castle fewer than 5, Market withheld
     * with it, North 15, South 20, the town and the total 35.
     */
    private static InsightTable caseload() {
        return new InsightTable("caseload", "Caseload", "Area", COLUMNS.stream().map(c -> new InsightTable.Column(c, c)).toList(),
                List.of(row("locality:" + LOCALITY, "Town", Level.LOCALITY, Figure.count(35)),
                        row("ward:" + NORTH, "North", Level.WARD, Figure.count(15)),
                        row("neighbourhood:" + MARKET, "Market", Level.NEIGHBOURHOOD, Figure.count(12).withheld()),
                        row("neighbourhood:" + CASTLE, "Castle", Level.NEIGHBOURHOOD, Figure.count(3)),
                        row("ward:" + SOUTH, "South", Level.WARD, Figure.count(20)),
                        row("neighbourhood:" + RIVERSIDE, "Riverside", Level.NEIGHBOURHOOD, Figure.count(20)),
                        row("total", "All neighbourhoods you cover", Level.TOTAL, Figure.count(35))),
                "method", List.of());
    }

    private static PlaceFigures.Line line(String key) {
        return PlaceFigures.of(caseload(), places()).lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theRowsAreTheCaseloadTablesWithEachNeighbourhoodsId() {
        PlaceFigures figures = PlaceFigures.of(caseload(), places());
        assertEquals(List.of("Town", "North", "Market", "Castle", "South", "Riverside", "All neighbourhoods you cover"),
                figures.lines().stream().map(PlaceFigures.Line::label).toList());
        assertEquals(List.of(MARKET, CASTLE, RIVERSIDE), figures.neighbourhoods().stream().map(PlaceFigures.Line::neighbourhood).toList());
    }

    @Test
    void theCaseloadTablesCellsAreTakenAsPublished() {
        assertEquals("withheld", line("neighbourhood:" + MARKET).figure(MapMeasure.REFERRALS).text());
        assertEquals("fewer than 5", line("neighbourhood:" + CASTLE).figure(MapMeasure.REFERRALS).text());
        assertEquals("15", line("ward:" + NORTH).figure(MapMeasure.REFERRALS).text());
        assertEquals("7", line("total").figure(MapMeasure.OPEN_CASES).text());
    }

    @Test
    void referralsPerThousandChildrenAreHiddenWithTheReferralsAndNeedChildren() {
        assertEquals("withheld", line("neighbourhood:" + MARKET).figure(MapMeasure.REFERRALS_RATE).text());
        assertEquals("fewer than 5", line("neighbourhood:" + CASTLE).figure(MapMeasure.REFERRALS_RATE).text());
        assertEquals("30.0", line("ward:" + NORTH).figure(MapMeasure.REFERRALS_RATE).text()); // 15 x 1,000 / 500
        assertEquals("no data", line("neighbourhood:" + RIVERSIDE).figure(MapMeasure.REFERRALS_RATE).text()); // no children stored
        assertEquals("70.0", line("total").figure(MapMeasure.REFERRALS_RATE).text()); // 35 x 1,000 / 500, as the caseload table counts
        assertEquals(Figure.exact(500, Unit.COUNT), line("ward:" + NORTH).childPopulation());
        assertEquals(Figure.none(Unit.COUNT), line("ward:" + SOUTH).childPopulation());
    }

    @Test
    void aColumnWithNoDataGivesARateWithNoData() {
        InsightTable none = new InsightTable("caseload", "Caseload", "Area", caseload().columns(),
                List.of(row("neighbourhood:" + MARKET, "Market", Level.NEIGHBOURHOOD, Figure.none(Unit.COUNT))), "m", List.of());
        PlaceFigures.Line market = PlaceFigures.of(none, places()).lines().get(0);
        assertEquals(Figure.Shown.NONE, market.figure(MapMeasure.REFERRALS_RATE).state());
    }

    @Test
    void aCaseloadTableWithoutAColumnTheMapNeedsIsAMistake() {
        InsightTable narrow = new InsightTable("caseload", "Caseload", "Area", List.of(new InsightTable.Column("open-cases", "Open")),
                List.of(), "m", List.of());
        assertThrows(IllegalStateException.class, () -> PlaceFigures.of(narrow, places()));
    }

    @Test
    void theTableHasTheChildPopulationThenEveryMeasure() {
        InsightTable table = PlaceFigures.of(caseload(), places()).table("map", "Figures", "method", List.of());
        assertEquals(1 + MapMeasure.values().length, table.columns().size());
        assertEquals(7, table.rows().size());
        assertEquals("200", table.rows().get(2).figures().get(0).text());
    }
}
