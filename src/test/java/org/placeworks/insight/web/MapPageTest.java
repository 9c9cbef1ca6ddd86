package org.placeworks.insight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.Places;
import org.placeworks.insight.internal.ChoroplethMap;
import org.placeworks.insight.internal.Summary;
import org.w3c.dom.NodeList;

/**
 * The neighbourhood map and a neighbourhood's page, as managers open them in the demo town: every one of
 * their neighbourhoods drawn in the class its figure falls in (hidden ones hatched), the same figures as a
 * table, only their own neighbourhoods, another's neighbourhood not found, and a trend of 12 months.
 */
@QuarkusTest
class MapPageTest {

    static final List<String> TOWN = List.of("Market Place", "Castle Hill", "Northgate Fields", "Mill Lane", "Riverside",
            "Southbank Park", "Station Road", "Westfield");
    static final List<String> SOUTHBANK = List.of("Riverside", "Southbank Park", "Station Road", "Westfield");

    @Inject
    Places places;

    @Inject
    Summary summary;

    @BeforeEach
    void summariseTheDemoTown() {
        summary.refresh();
    }

    private UUID neighbourhood(String code) {
        return places.findAreaByCode(code).orElseThrow().id();
    }

    private static Document page(String path, int status) {
        return Jsoup.parse(given().redirects().follow(false).when().get(path).then().statusCode(status).extract().asString());
    }

    /** Each drawn neighbourhood's fill, read from the SVG with an XML parser. */
    private static Map<String, String> fills(String html) throws Exception {
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList paths = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        Map<String, String> fills = new LinkedHashMap<>();
        for (int i = 0; i < paths.getLength(); i++) {
            org.w3c.dom.Element path = (org.w3c.dom.Element) paths.item(i);
            fills.put(path.getAttribute("data-name"), path.getAttribute("fill"));
        }
        return fills;
    }

    /**
     * The table's figure for each of the demo town's neighbourhood rows, in the given column. Other tests add
     * neighbourhoods to the town (with no cases, so every figure of theirs is hidden); they are left out here.
     */
    private static Map<String, String> column(Document page, String key) {
        Element table = page.getElementById("map");
        int index = table.select("thead th").stream().map(th -> th.attr("data-column")).toList().indexOf(key);
        Map<String, String> figures = new LinkedHashMap<>();
        for (Element row : table.select("tbody tr[data-level=NEIGHBOURHOOD]")) {
            if (TOWN.contains(row.selectFirst("th").text())) {
                figures.put(row.selectFirst("th").text(), row.select("th, td").get(index).text());
            }
        }
        return figures;
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void everyNeighbourhoodOfTheTownIsDrawnInTheClassOfItsFigureInTheTable() throws Exception {
        for (String measure : List.of("children-rate", "open-cases", "referrals")) {
            String html = given().when().get("/insight/map?measure=" + measure).then().statusCode(200).extract().asString();
            Document page = Jsoup.parse(html);
            Map<String, String> fills = fills(html);
            assertThat(fills.keySet()).containsAll(TOWN);
            Map<String, String> figures = column(page, measure);
            assertThat(figures.keySet()).containsExactlyInAnyOrderElementsOf(TOWN);

            // by hand: five classes of equal width between the smallest and largest figure shown
            List<Double> shown = new ArrayList<>();
            figures.values().stream().filter(t -> t.matches("[0-9,.]+")).forEach(t -> shown.add(Double.parseDouble(t.replace(",", ""))));
            double min = shown.stream().mapToDouble(d -> d).min().orElse(0);
            double max = shown.stream().mapToDouble(d -> d).max().orElse(0);
            for (Map.Entry<String, String> figure : figures.entrySet()) {
                String text = figure.getValue();
                String expected;
                if (text.equals("fewer than 5") || text.equals("withheld")) {
                    expected = "url(#neighbourhood-map-hidden)";
                } else if (text.equals("no data")) {
                    expected = ChoroplethMap.NO_DATA_FILL;
                } else if (max == min) {
                    expected = ChoroplethMap.PALETTE.get(4);
                } else {
                    double value = Double.parseDouble(text.replace(",", ""));
                    int band = Math.min(4, (int) Math.floor((value - min) / ((max - min) / 5) + 1e-9));
                    expected = ChoroplethMap.PALETTE.get(band);
                }
                assertThat(fills.get(figure.getKey())).as(measure + " " + figure.getKey() + " " + text).isEqualTo(expected);
            }
            assertThat(page.select("#neighbourhoods li a").eachText()).containsAll(TOWN);
            assertThat(page.selectFirst("#measure option[selected]").attr("value")).isEqualTo(measure);
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theMapIsAGroupWithATextAlternativeAndLinksEachNeighbourhoodToItsPage() {
        Document page = page("/insight/map", 200);
        Element svg = page.selectFirst("#neighbourhood-map-figure svg");
        assertThat(svg.attr("role")).as("a group: an image's links would be hidden from assistive technology").isEqualTo("group");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("neighbourhood-map-title neighbourhood-map-desc");
        assertThat(page.selectFirst("#measure option[selected]").attr("value")).isEqualTo("children-rate");
        assertThat(page.select("#neighbourhood-map-figure a path").eachAttr("data-name")).containsAll(TOWN);
        assertThat(page.select("#neighbourhood-map-figure a"))
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("/insight/neighbourhoods/").contains("?from="))
                .allSatisfy(a -> assertThat(a.attr("aria-label")).startsWith(a.selectFirst("path").attr("data-name") + ": "));
        assertThat(page.selectFirst("input[name=measure][form=insight-filter]").attr("value")).isEqualTo("children-rate");
        assertThat(page.select("script")).noneMatch(s -> s.closest("svg") != null);
        Document home = page("/insight", 200);
        assertThat(home.select("#sections a[href=/insight/map]").eachText()).containsExactly("Neighbourhood map");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theMeasureKeepsItsFilterAndTheFilterKeepsItsMeasure() {
        Document page = page("/insight/map?measure=open-cases&from=2026-03&to=2026-08&strand=EARLY_INTERVENTION", 200);
        // the measure form carries the filter, and the filter form (by the form attribute) the measure
        assertThat(page.selectFirst("#map-measure input[name=from]").attr("value")).isEqualTo("2026-03");
        assertThat(page.selectFirst("#map-measure input[name=to]").attr("value")).isEqualTo("2026-08");
        assertThat(page.selectFirst("#map-measure input[name=strand]").attr("value")).isEqualTo("EARLY_INTERVENTION");
        assertThat(page.selectFirst("input[name=measure][form=insight-filter]").attr("value")).isEqualTo("open-cases");
        assertThat(page.selectFirst("#measure-heading").text()).isEqualTo("Open early help cases");
        assertThat(page.select("#neighbourhoods a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).endsWith("?from=2026-03&to=2026-08&strand=EARLY_INTERVENTION"));
        Document estate = page("/insight/map?measure=open-estate-issues&strand=EARLY_INTERVENTION", 200);
        // a strand not chosen has no data: every neighbourhood grey, none classed
        assertThat(estate.select("#neighbourhood-map-figure path").eachAttr("fill")).containsOnly(ChoroplethMap.NO_DATA_FILL);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "manager")
    void aManagerOfSouthbankSeesOnlySouthbanksNeighbourhoods() throws Exception {
        String html = given().when().get("/insight/map").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(fills(html).keySet().stream().filter(TOWN::contains).toList()).containsExactlyInAnyOrderElementsOf(SOUTHBANK);
        assertThat(page.select("#neighbourhoods li a").eachText().stream().filter(TOWN::contains).toList())
                .containsExactlyInAnyOrderElementsOf(SOUTHBANK);
        assertThat(column(page, "children-rate").keySet()).containsExactlyInAnyOrderElementsOf(SOUTHBANK);
        assertThat(page.select("#map tbody tr[data-level=WARD] th").eachText()).containsExactly("Southbank");
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "manager")
    void aNeighbourhoodOutsideTheManagersBoundariesIsNotFound() {
        page("/insight/neighbourhoods/" + neighbourhood("E01000901"), 404); // Market Place, Northgate
        page("/insight/neighbourhoods/" + neighbourhood("E05000902"), 404); // Southbank is a ward, not a neighbourhood
        Document riverside = page("/insight/neighbourhoods/" + neighbourhood("E01000905"), 200);
        assertThat(riverside.selectFirst("h1").text()).isEqualTo("Riverside");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aNeighbourhoodsPageHasItsPlaceAndATrendOfTwelveMonthsDrawnOnlyWhereShown() {
        Document page = page("/insight/neighbourhoods/" + neighbourhood("E01000904"), 200); // Mill Lane
        assertThat(page.selectFirst("h1").text()).isEqualTo("Mill Lane");
        assertThat(page.selectFirst("#ward").text()).isEqualTo("Northgate");
        assertThat(page.selectFirst("#decile").text()).startsWith("1 ");
        assertThat(page.selectFirst("#children").text()).isEqualTo("460");
        List<Element> months = page.select("#trend-table tbody tr");
        assertThat(months).hasSize(12);
        Element chart = page.selectFirst("#trend svg");
        assertThat(chart.attr("role")).isEqualTo("img");
        for (Element month : months) {
            List<Element> cells = month.select("td");
            boolean referralsShown = cells.get(0).attr("data-shown").equals("SHOWN");
            Element point = chart.selectFirst("g[data-series=\"New referrals\"] g[data-month=\"" + month.attr("data-month") + "\"]");
            assertThat(point.attr("data-hidden")).isEqualTo(String.valueOf(!referralsShown));
            if (!referralsShown) {
                assertThat(cells.get(0).text()).isIn("fewer than 5", "withheld");
            }
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void anUnknownMeasureIsRefusedNamingIt() {
        String body = given().when().get("/insight/map?measure=everything").then().statusCode(422).extract().asString();
        assertThat(body).contains("measure");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theMapsTableDownloadsWithTheSameFigures() throws Exception {
        Document page = page("/insight/map", 200);
        String csv = given().when().get("/insight/tables/map.csv").then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        int column = records.get(0).toList().indexOf("Children on open cases per 1,000 children");
        assertThat(column).isPositive();
        for (Map.Entry<String, String> figure : column(page, "children-rate").entrySet()) {
            CSVRecord row = records.stream().filter(r -> r.get(0).equals(figure.getKey())).findFirst().orElseThrow();
            String cell = row.get(column);
            if (figure.getValue().matches("[0-9,.]+")) {
                // the page rounds to one place; the download keeps the number
                assertThat(Double.parseDouble(cell)).isCloseTo(Double.parseDouble(figure.getValue().replace(",", "")), within(0.051));
            } else {
                assertThat(cell).isEqualTo(figure.getValue());
            }
        }
        assertThat(page.select("a[href^=/insight/tables/map.csv]")).hasSize(1);
    }
}
