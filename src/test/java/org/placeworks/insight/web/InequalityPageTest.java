package org.placeworks.insight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.geography.PopulationRelease;
import org.placeworks.geography.Populations;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.Suppression;
import org.placeworks.insight.internal.Measure;
import org.placeworks.insight.internal.Summary;
import org.placeworks.shared.Today;

/**
 * The inequality page on the demo town: the method in words, the populations' year, and every decile's referrals
 * "fewer than 5" exactly where the summary store holds fewer than 5.
 */
@QuarkusTest
class InequalityPageTest {

    private static final String PAGE = "/insight/inequality";

    @Inject
    Summary summary;

    @Inject
    Places places;

    @Inject
    Populations populations;

    @Inject
    Today today;

    @BeforeEach
    void refresh() {
        summary.refresh();
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void thePageWritesOutTheMethodAndWhatTheSlopeIndexsSignMeans() {
        Document page = Jsoup.parse(given().get(PAGE).then().statusCode(200).extract().asString());

        String text = page.text();
        assertThat(text).contains("Inequality by deprivation")
                .contains("positive when the rate is higher in more deprived places")
                .contains("cumulative population rank")
                .contains("weighted least squares")
                .contains("Student's t")
                .contains("95% confidence interval")
                .contains(Suppression.RULE);
        assertThat(page.select("table#inequality-deciles caption").text()).isEqualTo("Early help by deprivation decile");
        assertThat(page.select("table#inequality-quintiles caption").text()).isEqualTo("Early help by deprivation fifth");
        assertThat(page.select("table#inequality-deciles th[scope=col]")).isNotEmpty();
        // each of the three rates is either worked out with its interval, or said not to be, never a bare number
        for (String rate : List.of("referral-rate", "needs-met", "re-referral")) {
            String card = page.select("#index-" + rate + " [data-figure=sii]").text();
            assertThat(card).satisfiesAnyOf(
                    c -> assertThat(c).contains("95% confidence interval"),
                    c -> assertThat(c).startsWith("The indices cannot be worked out: "));
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void everyDecilesReferralsAreFewerThanFiveExactlyWhereTheStoreHoldsFewerThanFive() {
        // One month: small enough that some deciles have fewer than 5 referrals.
        String month = today.month().toString();
        InsightFilter filter = new InsightFilter(today.month(), today.month(), null, null, null);
        Map<Integer, Long> referrals = referralsByDecile(filter);

        Document page = Jsoup.parse(given().get(PAGE + "?from=" + month + "&to=" + month).then().statusCode(200).extract().asString());

        assertThat(referrals.values()).anyMatch(n -> n < Suppression.THRESHOLD);
        referrals.forEach((decile, n) -> {
            Element cell = page.selectFirst("table#inequality-deciles tr[data-row=decile-" + decile + "] td:nth-of-type(2)");
            assertThat(cell).as("decile " + decile).isNotNull();
            if (n < Suppression.THRESHOLD) {
                assertThat(cell.text()).as("decile " + decile + " with " + n).isEqualTo("fewer than 5");
            } else {
                assertThat(cell.text()).as("decile " + decile + " with " + n).isIn(String.valueOf(n), "withheld");
            }
        });
        assertThat(page.select("table#inequality-deciles td").eachText()).contains("fewer than 5");
        // the index cannot be published over a hidden decile, and the page says so instead of a number
        assertThat(page.select("#index-referral-rate [data-figure=sii]").text())
                .startsWith("The indices cannot be worked out: some deciles' counts are too small to publish");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theExportsCarryTheSameSuppressionAndTheMethod() {
        String month = today.month().toString();
        String query = "?from=" + month + "&to=" + month;
        String csv = given().get("/insight/tables/inequality-deciles.csv" + query).then().statusCode(200).extract().asString();
        assertThat(csv).contains("fewer than 5").contains("per 1,000 children").contains("suppressed together").doesNotContain("null");
        JsonPath json = given().get("/api/v1/insight/tables/inequality-indices" + query).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("method")).contains("positive when the rate is higher in more deprived places");
        assertThat(json.getString("suppression")).isEqualTo(Suppression.RULE);
        assertThat(json.getList("rows.label")).hasSize(3);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void thePopulationsYearAndSourceAreShown() {
        // The demo's own figures again, now with a year and source: no rate moves, only the vintage is recorded.
        StringBuilder csv = new StringBuilder("area_code,children,residents\n");
        for (AreaView n : demoNeighbourhoods()) {
            csv.append(n.code()).append(',').append(n.childPopulation()).append(',').append(n.residentPopulation()).append('\n');
        }
        populations.importFigures(csv.toString(), new PopulationRelease(2021, "Census 2021 (inequality test)"));

        given().get(PAGE).then().statusCode(200)
                .body(containsString("Figures for 2021, from Census 2021 (inequality test): 8 neighbourhoods"));
        given().get("/api/v1/insight/tables/inequality-deciles").then().statusCode(200)
                .body(containsString("2021 figures from Census 2021 (inequality test) for 8 neighbourhoods"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theInsightHomeListsThePage() {
        given().get("/insight").then().statusCode(200).body(containsString("href=\"/insight/inequality\""));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void frontlineStaffSeeNoInequalityFigures() {
        given().get(PAGE).then().statusCode(403);
        given().get("/insight/tables/inequality-deciles.csv").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aPeriodThatCannotBeUsedIsNamed() {
        given().get(PAGE + "?from=2026-13").then().statusCode(422).body(containsString("href=\"#from\""));
    }

    /** The demo's neighbourhoods (codes E01000901 to E01000908), not those other tests add. */
    private List<AreaView> demoNeighbourhoods() {
        return places.areasOfKind(AreaKind.NEIGHBOURHOOD).stream().filter(a -> a.code().matches("E0100090[1-8]")).toList();
    }

    /** Referrals per decile as the store holds them, for every neighbourhood with a decile and a child population. */
    private Map<Integer, Long> referralsByDecile(InsightFilter filter) {
        List<AreaView> counted = places.areasOfKind(AreaKind.NEIGHBOURHOOD).stream()
                .filter(a -> a.deprivationDecile() != null && a.childPopulation() != null).toList();
        Map<UUID, Map<Measure, Long>> store = summary.byNeighbourhood(filter, counted.stream().map(AreaView::id).toList());
        Map<Integer, Long> byDecile = new HashMap<>();
        counted.forEach(a -> byDecile.merge(a.deprivationDecile(), store.get(a.id()).get(Measure.REFERRALS), Long::sum));
        return byDecile.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
