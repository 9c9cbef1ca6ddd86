package org.placeworks.insight.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightFilter;

/** A neighbourhood's months: under 5 hidden, and never a single hidden month that the period's figure would give away. */
class NeighbourhoodTrendTest {

    private static final List<YearMonth> MONTHS = InsightFilter.twelveMonthsTo(YearMonth.of(2026, 11)).months();

    private static Map<YearMonth, Long> values(long... values) {
        Map<YearMonth, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(MONTHS.get(i), values[i]);
        }
        return map;
    }

    private static List<Figure.Shown> states(List<Figure> figures) {
        return figures.stream().map(Figure::state).toList();
    }

    private static final Map<YearMonth, Long> OPEN = values(20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);

    @Test
    void oneHiddenMonthTakesTheSmallestShownMonthWithIt() {
        NeighbourhoodTrend trend = NeighbourhoodTrend.of(MONTHS, values(9, 7, 3, 9, 12, 8, 6, 10, 11, 9, 8, 9), OPEN,
                Figure.count(101), Figure.count(31));
        List<Figure> referrals = trend.months().stream().map(NeighbourhoodTrend.Month::referrals).toList();
        assertEquals(Figure.Shown.FEWER_THAN_FIVE, referrals.get(2).state());
        assertEquals(Figure.Shown.WITHHELD, referrals.get(6).state()); // 6, the smallest shown
        assertEquals(10, states(referrals).stream().filter(s -> s == Figure.Shown.SHOWN).count());
        assertNull(trend.referralValues().get(2));
        assertNull(trend.referralValues().get(6));
        assertEquals(9.0, trend.referralValues().get(0));
    }

    @Test
    void whenTheMapHidesThePeriodEveryMonthShownWouldRebuildItSoOneIsWithheld() {
        NeighbourhoodTrend trend = NeighbourhoodTrend.of(MONTHS, values(9, 7, 5, 9, 12, 8, 6, 10, 11, 9, 8, 9), OPEN,
                Figure.count(103).withheld(), Figure.count(31));
        List<Figure> referrals = trend.months().stream().map(NeighbourhoodTrend.Month::referrals).toList();
        assertEquals(Figure.Shown.WITHHELD, referrals.get(2).state()); // 5, the smallest
        assertEquals(11, states(referrals).stream().filter(s -> s == Figure.Shown.SHOWN).count());
    }

    @Test
    void theLastMonthsOpenCasesAreHiddenWhereTheMapHidesThem() {
        NeighbourhoodTrend shown = NeighbourhoodTrend.of(MONTHS, values(), OPEN, Figure.count(0), Figure.count(31));
        assertEquals("31", shown.months().get(11).openCases().text());
        NeighbourhoodTrend hidden = NeighbourhoodTrend.of(MONTHS, values(), OPEN, Figure.count(0), Figure.count(31).withheld());
        assertEquals("withheld", hidden.months().get(11).openCases().text());
        assertNull(hidden.openCaseValues().get(11));
    }

    @Test
    void everyMonthOfThePeriodIsThereNothingRecordedAsFewerThanFive() {
        NeighbourhoodTrend trend = NeighbourhoodTrend.of(MONTHS, Map.of(), Map.of(), Figure.count(0), Figure.count(0));
        assertEquals(12, trend.months().size());
        assertEquals("December 2025", trend.months().get(0).label());
        assertEquals("fewer than 5", trend.months().get(5).referrals().text());
    }
}
