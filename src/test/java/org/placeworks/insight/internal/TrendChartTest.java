package org.placeworks.insight.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.internal.TrendChart.Series;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The 12-month chart: every month on the axis, hidden months a gap with a hollow marker, never their value. */
class TrendChartTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static List<YearMonth> year() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 12); !m.isAfter(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Test
    void aHiddenMonthBreaksTheLineAndShowsAHollowMarker() throws Exception {
        List<Double> referrals = Arrays.asList(6.0, 7.0, null, 9.0, 12.0, 8.0, null, null, 6.0, 10.0, 11.0, 7.0);
        List<Double> open = Arrays.asList(20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0);
        String svg = TrendChart.draw("trend", "Referrals and open cases", year(), List.of(new Series("New referrals", referrals),
                new Series("Open cases", open)));
        Document doc = ChoroplethMapTest.parse(svg);
        NodeList groups = doc.getElementsByTagNameNS(SVG, "g");
        List<Element> referralLines = new ArrayList<>();
        int hidden = 0;
        int points = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("New referrals".equals(g.getAttribute("data-series"))) {
                NodeList lines = g.getElementsByTagNameNS(SVG, "polyline");
                for (int l = 0; l < lines.getLength(); l++) {
                    referralLines.add((Element) lines.item(l));
                }
            }
            if ("placeworks-chart__point".equals(g.getAttribute("class"))) {
                points++;
                if (g.getAttribute("data-hidden").equals("true")) {
                    hidden++;
                    assertTrue(g.getTextContent().contains("fewer than 5"));
                }
            }
        }
        // runs: Dec-Jan, Mar-May, Aug-Nov (a run of one month would be a marker only)
        assertEquals(3, referralLines.size());
        assertEquals(List.of(2, 3, 4), referralLines.stream().map(e -> e.getAttribute("points").split(" ").length).toList());
        assertEquals(3, hidden);
        assertEquals(24, points);
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
    }

    @Test
    void everyMonthIsOnTheAxisWithItsYearAtTheStartAndEachJanuary() throws Exception {
        List<Double> values = new ArrayList<>();
        year().forEach(m -> values.add(5.0));
        Document doc = ChoroplethMapTest.parse(TrendChart.draw("t", "T", year(), List.of(new Series("A", values))));
        String text = doc.getDocumentElement().getTextContent();
        for (String month : List.of("Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov")) {
            assertTrue(text.contains(month), month);
        }
        assertTrue(text.contains("2025") && text.contains("2026"));
    }

    @Test
    void theValueAxisEndsOnARoundNumberAboveTheLargest() {
        assertEquals(8, TrendChart.niceTop(7));
        assertEquals(40, TrendChart.niceTop(31));
        assertEquals(4, TrendChart.niceTop(0));
        assertEquals(4, TrendChart.niceTop(3));
        assertEquals(100, TrendChart.niceTop(95));
    }
}
