package org.placeworks.insight.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.internal.ChoroplethMap.Drawing;
import org.placeworks.insight.internal.ChoroplethMap.Region;
import org.placeworks.insight.internal.ChoroplethMap.State;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server-drawn map: every neighbourhood drawn, in the right class, hidden figures hatched, a text alternative. */
class ChoroplethMapTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    /** A square of 0.01 degrees with its south-west corner at (lon, lat). */
    static String square(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                lon, lat, lon + 0.01, lat, lon + 0.01, lat + 0.01, lon, lat + 0.01, lon, lat);
    }

    private static Region shown(String name, double lon, double value) {
        return new Region(name, "/insight/neighbourhoods/" + name, square(lon, 52.46), State.SHOWN, value, String.valueOf(value));
    }

    /**
     * Figures 0, 10, 25, 40 and 50: five classes of width 10 from 0 to 50, so by hand 0 is in the first class,
     * 10 (on the first break) in the second, 25 in the third, 40 (on the fourth break) and 50 in the fifth.
     */
    private static List<Region> fixture() {
        return List.of(shown("A", -1.17, 0), shown("B", -1.16, 10), shown("C", -1.15, 25), shown("D", -1.14, 40),
                shown("E", -1.13, 50),
                new Region("F", "/insight/neighbourhoods/F", square(-1.12, 52.46), State.HIDDEN, 3.0, "fewer than 5"),
                new Region("G", "/insight/neighbourhoods/G", square(-1.11, 52.46), State.NO_DATA, null, "no data"));
    }

    private static Drawing draw(List<Region> regions) {
        return ChoroplethMap.draw("map", "Open cases", regions, v -> String.format(Locale.ROOT, "%.1f", v));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each drawn neighbourhood's name and fill, read back from the SVG. */
    static Map<String, String> fills(Document svg) {
        Map<String, String> fills = new LinkedHashMap<>();
        NodeList paths = svg.getElementsByTagNameNS(SVG, "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            fills.put(path.getAttribute("data-name"), path.getAttribute("fill"));
        }
        return fills;
    }

    @Test
    void everyNeighbourhoodIsFilledFromTheClassItsFigureFallsIn() throws Exception {
        Map<String, String> fills = fills(parse(draw(fixture()).svg()));
        List<String> palette = ChoroplethMap.PALETTE;
        assertEquals(palette.get(0), fills.get("A"));
        assertEquals(palette.get(1), fills.get("B"));
        assertEquals(palette.get(2), fills.get("C"));
        assertEquals(palette.get(4), fills.get("D"));
        assertEquals(palette.get(4), fills.get("E"));
        assertEquals(7, fills.size());
    }

    @Test
    void aHiddenFigureIsHatchedAndNoDataIsGrey() throws Exception {
        Document svg = parse(draw(fixture()).svg());
        Map<String, String> fills = fills(svg);
        assertEquals("url(#map-hidden)", fills.get("F"));
        assertEquals(ChoroplethMap.NO_DATA_FILL, fills.get("G"));
        Element pattern = (Element) svg.getElementsByTagNameNS(SVG, "pattern").item(0);
        assertEquals("map-hidden", pattern.getAttribute("id"));
        assertTrue(svg.getDocumentElement().getTextContent().contains(ChoroplethMap.HIDDEN_LABEL));
    }

    @Test
    void aHiddenFigureNeverReachesTheDrawing() throws Exception {
        Region hidden = new Region("F", null, square(-1.12, 52.46), State.HIDDEN, 3.0, "fewer than 5");
        assertEquals(null, hidden.value());
        String svg = draw(List.of(shown("A", -1.17, 7), hidden)).svg();
        assertFalse(svg.contains("3.0"), svg);
    }

    @Test
    void theLegendStatesTheFiveClassesOfEqualWidth() throws Exception {
        Drawing drawing = draw(fixture());
        assertEquals(List.of("0.0 to under 10.0", "10.0 to under 20.0", "20.0 to under 30.0", "30.0 to under 40.0", "40.0 to 50.0"),
                drawing.bands().stream().map(ChoroplethMap.Band::label).toList());
        Document svg = parse(drawing.svg());
        String text = svg.getDocumentElement().getTextContent();
        for (ChoroplethMap.Band band : drawing.bands()) {
            assertTrue(text.contains(band.label()), band.label());
        }
        // a key swatch for each class, the hatched one and the grey one
        NodeList keys = svg.getElementsByTagNameNS(SVG, "rect");
        long swatches = java.util.stream.IntStream.range(0, keys.getLength()).mapToObj(i -> (Element) keys.item(i))
                .filter(e -> e.getAttribute("class").equals("placeworks-map__key")).count();
        assertEquals(7, swatches);
    }

    @Test
    void everyNeighbourhoodLinksToItsDetailAndNamesItsFigure() throws Exception {
        Document svg = parse(draw(fixture()).svg());
        NodeList links = svg.getElementsByTagNameNS(SVG, "a");
        assertEquals(7, links.getLength());
        Element first = (Element) links.item(0);
        assertEquals("/insight/neighbourhoods/A", first.getAttribute("href"));
        assertEquals("A: 0.0", first.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
        Element sixth = (Element) links.item(5);
        assertEquals("F: fewer than 5", sixth.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
    }

    @Test
    void theMapIsAGroupOfLinksLabelledByItsTitleAndDescription() throws Exception {
        Document svg = parse(draw(fixture()).svg());
        Element root = svg.getDocumentElement();
        // A group, not an image: an image may not hold the neighbourhoods' links (axe: nested-interactive).
        assertEquals("group", root.getAttribute("role"));
        for (String id : root.getAttribute("aria-labelledby").split(" ")) {
            boolean found = false;
            for (String tag : List.of("title", "desc")) {
                NodeList nodes = svg.getElementsByTagNameNS(SVG, tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    found |= id.equals(((Element) nodes.item(i)).getAttribute("id"));
                }
            }
            assertTrue(found, id);
        }
        String description = svg.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent();
        assertTrue(description.contains("F fewer than 5"), description);
        assertTrue(description.contains("G no data"), description);
        assertFalse(draw(fixture()).svg().contains("<script"));
    }

    @Test
    void northIsUpAndEastIsRight() throws Exception {
        Region south = new Region("S", null, square(-1.17, 52.46), State.SHOWN, 1.0, "1");
        Region north = new Region("N", null, square(-1.16, 52.47), State.SHOWN, 2.0, "2");
        Document svg = parse(draw(List.of(south, north)).svg());
        NodeList paths = svg.getElementsByTagNameNS(SVG, "path");
        double[] s = firstPoint(((Element) paths.item(0)).getAttribute("d"));
        double[] n = firstPoint(((Element) paths.item(1)).getAttribute("d"));
        assertTrue(n[1] < s[1], "the northern square is higher");
        assertTrue(n[0] > s[0], "the eastern square is further right");
        // longitude shrinks by cos(latitude): a square degree cell is taller than it is wide
        double[] box = box(((Element) paths.item(0)).getAttribute("d"));
        assertEquals(Math.cos(Math.toRadians(52.47)), box[0] / box[1], 0.01);
    }

    @Test
    void aMultiPolygonWithAHoleIsOnePathOfThreeRings() throws Exception {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]],"
                + "[[[5,0],[6,0],[6,1],[5,0]]]]}";
        Document svg = parse(draw(List.of(new Region("M", null, multi, State.SHOWN, 1.0, "1"))).svg());
        Element path = (Element) svg.getElementsByTagNameNS(SVG, "path").item(0);
        assertEquals(3, path.getAttribute("d").chars().filter(c -> c == 'M').count());
        assertEquals("evenodd", path.getAttribute("fill-rule"));
    }

    @Test
    void aNeighbourhoodWithoutABoundaryIsNotDrawnButNamedInTheDescription() throws Exception {
        Drawing drawing = draw(List.of(shown("A", -1.17, 1), new Region("Nowhere", null, null, State.SHOWN, 2.0, "2")));
        assertEquals(1, drawing.drawn());
        Document svg = parse(drawing.svg());
        assertEquals(1, svg.getElementsByTagNameNS(SVG, "path").getLength());
        assertTrue(svg.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent().contains("Nowhere 2 (no boundary, not drawn)"));
    }

    @Test
    void namesAreEscaped() throws Exception {
        Document svg = parse(draw(List.of(new Region("Bell & <Yard>", "/x?a=1&b=2", square(0, 0), State.SHOWN, 1.0, "1"))).svg());
        assertNotNull(svg);
        assertEquals("Bell & <Yard>", ((Element) svg.getElementsByTagNameNS(SVG, "path").item(0)).getAttribute("data-name"));
    }

    @Test
    void equalFiguresMakeOneClassAndNoneShownMakeNone() {
        assertEquals(1, ChoroplethMap.bands(new double[] {4, 4}, String::valueOf).size());
        assertEquals(0, ChoroplethMap.bands(new double[] {}, String::valueOf).size());
    }

    private static double[] firstPoint(String d) {
        String[] parts = d.substring(1).split("[LMZ]")[0].split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    /** Width and height of a path's outline. */
    private static double[] box(String d) {
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (String point : d.split("[LMZ]")) {
            if (point.isBlank()) {
                continue;
            }
            String[] xy = point.split(" ");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
        }
        return new double[] {x1 - x0, y1 - y0};
    }

    @Test
    void coordinatesAreWrittenAsTheFormatterWritesThemToOneDecimalPlace() {
        java.util.Random random = new java.util.Random(20261205);
        for (int i = 0; i < 200_000; i++) {
            double v = (random.nextDouble() - 0.2) * 1_200;
            double halfway = Math.floor(v * 10) / 10 + 0.05;
            for (double x : new double[] {v, halfway, -halfway}) {
                String expected = String.format(Locale.ROOT, "%.1f", x);
                assertEquals(expected.equals("-0.0") ? "0.0" : expected, ChoroplethMap.number(x), "for " + x);
            }
        }
        assertEquals("0.3", ChoroplethMap.number(0.25));
        assertEquals("-0.3", ChoroplethMap.number(-0.25));
        assertEquals("1.2", ChoroplethMap.number(1.15));
        assertEquals("0.0", ChoroplethMap.number(-0.04));
    }
}
