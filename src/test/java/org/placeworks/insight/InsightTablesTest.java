package org.placeworks.insight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Any insight table as a page, a CSV, a spreadsheet and JSON: the same figures, the same suppression, the
 * manager's neighbourhoods only, and a filter that cannot be used named as such.
 */
@QuarkusTest
class InsightTablesTest {

    @jakarta.inject.Inject
    org.placeworks.geography.Places places;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theCsvShowsHiddenFiguresInWordsAndNeverRunsAFormula() {
        String csv = given().get("/insight/tables/sample-for-tests.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("sample-for-tests-")).extract().asString();
        // Castle Hill and Market Place are 0 and 3: fewer than 5; Mill Lane 6 is shown.
        assertThat(csv).contains("Castle Hill,fewer than 5,fewer than 5").contains("Market Place,fewer than 5,fewer than 5")
                .contains("Mill Lane,6,0");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain("\n=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(csv).contains(Suppression.RULE.replace("\"", "\"\"")).contains("Three times each neighbourhood's place");
        assertThat(csv).contains("7,40.5");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theSpreadsheetHasNumbersAsNumbersAndHiddenFiguresAsWords() throws Exception {
        byte[] xlsx = given().get("/insight/tables/sample-for-tests.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Neighbourhood");
            Map<String, Integer> rowOf = new java.util.HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rowOf.put(sheet.getRow(r).getCell(0).getStringCellValue(), r);
            }
            var castle = sheet.getRow(rowOf.get("Castle Hill"));
            assertThat(castle.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(castle.getCell(1).getStringCellValue()).isEqualTo("fewer than 5");
            var mill = sheet.getRow(rowOf.get("Mill Lane"));
            assertThat(mill.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(mill.getCell(1).getNumericCellValue()).isEqualTo(6.0);
            var formula = sheet.getRow(rowOf.get(SampleTable.FORMULA));
            assertThat(formula.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(2).getNumericCellValue()).isEqualTo(40.5);
            assertThat(book.getSheet("About these figures").getRow(3).getCell(1).getStringCellValue()).isEqualTo(Suppression.RULE);
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theApiGivesNoValueForAHiddenFigureAndStatesTheRule() {
        JsonPath json = given().get("/api/v1/insight/tables/sample-for-tests?from=2026-01&to=2026-06").then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getString("suppression")).isEqualTo(Suppression.RULE);
        assertThat(json.getString("method")).contains("Three times");
        assertThat(json.getString("period.from")).isEqualTo("2026-01");
        List<Map<String, Object>> rows = json.getList("rows");
        Map<String, Object> castle = rows.stream().filter(r -> r.get("label").equals("Castle Hill")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> cases = (Map<String, Object>) ((Map<String, Object>) castle.get("figures")).get("cases");
        assertThat(cases.get("value")).isNull();
        assertThat(cases.get("shown")).isEqualTo("FEWER_THAN_FIVE");
        assertThat(cases.get("text")).isEqualTo("fewer than 5");
        assertThat(json.getList("rows.label")).contains("Mill Lane");
        assertThat(given().get("/api/v1/insight/tables").then().statusCode(200).extract().jsonPath().getList("id"))
                .contains("sample-for-tests");
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "manager")
    void aManagerSeesOnlyTheNeighbourhoodsTheirServicesCover() {
        // frontline2's service, School Nursing Southbank, covers Southbank ward: 4 neighbourhoods, none of Northgate's.
        Document page = Jsoup.parse(given().get("/insight/tables/sample-for-tests").then().statusCode(200).extract().asString());
        List<String> neighbourhoods = page.select("#sample-for-tests tr[data-level=NEIGHBOURHOOD] th").eachText();
        // Other tests may add neighbourhoods to Southbank; none of Northgate's may appear.
        assertThat(neighbourhoods).containsSubsequence("Riverside", "Southbank Park", "Station Road", "Westfield")
                .doesNotContain("Castle Hill", "Market Place", "Mill Lane", "Northgate Fields");
        assertThat(page.select("#sample-for-tests tr[data-level=WARD] th").eachText()).containsExactly("Southbank");
        String csv = given().get("/insight/tables/sample-for-tests.csv").then().statusCode(200).extract().asString();
        assertThat(csv).doesNotContain("Mill Lane").doesNotContain("Northgate");
        Document home = Jsoup.parse(given().get("/insight").then().statusCode(200).extract().asString());
        assertThat(home.select("#neighbourhood-count").text()).contains("Riverside").doesNotContain("Mill Lane");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorSeesTheWholePlace() {
        Document page = Jsoup.parse(given().get("/insight/tables/sample-for-tests").then().statusCode(200).extract().asString());
        assertThat(page.select("#sample-for-tests tr[data-level=NEIGHBOURHOOD]"))
                .hasSize(places.areasOfKind(org.placeworks.geography.AreaKind.NEIGHBOURHOOD).size());
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aFilterThatCannotBeUsedIsNamed() {
        given().get("/api/v1/insight/tables/sample-for-tests?from=2026-13").then().statusCode(422)
                .body(containsString("from")).body(containsString("like 2026-04"));
        given().get("/api/v1/insight/tables/sample-for-tests?service=not-a-service").then().statusCode(422)
                .body(containsString("service"));
        given().get("/insight/tables/sample-for-tests.csv?to=2099-01").then().statusCode(422);
        Document page = Jsoup.parse(given().get("/insight/tables/sample-for-tests?from=next-year").then().statusCode(422)
                .extract().asString());
        assertThat(page.select(".govuk-error-summary a[href=#from]").text()).contains("like 2026-04");
        // The default figures are still shown below the problem.
        assertThat(page.select("#sample-for-tests")).hasSize(1);
        given().get("/api/v1/insight/tables/no-such-table").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theFilterFormAsRenderedGivesTheSameFigures() {
        Document page = Jsoup.parse(given().get("/insight/tables/sample-for-tests").then().statusCode(200).extract().asString());
        var form = page.selectFirst("#insight-filter");
        var request = given();
        for (var select : form.select("select")) {
            var chosen = select.selectFirst("option[selected]");
            request = request.queryParam(select.attr("name"), chosen == null ? select.selectFirst("option").val() : chosen.val());
        }
        Document again = Jsoup.parse(request.get(form.attr("action")).then().statusCode(200).extract().asString());
        assertThat(again.select("#period").text()).isEqualTo(page.select("#period").text());
        assertThat(again.select("#sample-for-tests td").eachText()).isEqualTo(page.select("#sample-for-tests td").eachText());
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void frontlineStaffAreRefused() {
        given().get("/insight").then().statusCode(403);
        given().get("/insight/tables/sample-for-tests.csv").then().statusCode(403);
        given().get("/api/v1/insight/tables/sample-for-tests").then().statusCode(403);
    }
}
