package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.ManyCases;

/** "All cases in my area" as CSV: the link on the page, a header, a row per case the reader may see, nothing run as a formula. */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class CaseListCsvTest {

    @Inject
    ManyCases many;

    private static List<CSVRecord> csvFromTheLinkOn(String page) throws Exception {
        String href = Jsoup.parse(given().get(page).then().statusCode(200).extract().asString()).selectFirst("#download-csv").attr("href");
        var response = given().get(href).then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")).extract();
        return CSVFormat.DEFAULT.parse(new StringReader(response.asString())).getRecords();
    }

    @Test
    void aPanelChairDownloadsEveryCaseInTheirBoundaryAndNoOther() throws Exception {
        ManyCases.Office office = many.office(70, 6);
        many.renameFamilyOf(office.inGround().get(0), "=HYPERLINK(\"http://example.com\") family");
        List<CSVRecord> rows = many.as(office.chair(), "panel-chair", () -> {
            try {
                return csvFromTheLinkOn("/cases?scope=all");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(rows.get(0).values()).containsExactly("Reference", "Family", "Neighbourhood", "Status", "Lead professional",
                "Next due", "Next due on", "Overdue", "Referred on");
        List<String> references = rows.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(references).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(office.references().subList(0, 70));
        assertThat(rows.stream().skip(1).map(r -> r.get(1)).toList())
                .contains("'=HYPERLINK(\"http://example.com\") family")
                .noneMatch(name -> name.startsWith("="));
    }

    @Test
    void theCsvFollowsTheFilterAndTheManagersRule() throws Exception {
        ManyCases.Office office = many.office(3, 4);
        String family = "Listpage" + office.references().get(0).substring(3, 11);
        List<CSVRecord> all = many.as(office.manager(), "manager", () -> {
            try {
                return csvFromTheLinkOn("/cases?scope=all&q=" + family);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(all).hasSize(1 + 7);
        List<CSVRecord> closed = many.as(office.manager(), "manager", () -> {
            try {
                return csvFromTheLinkOn("/cases?scope=all&status=CLOSED&q=" + family);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(closed).hasSize(1);
    }

    @Test
    void aWorkerWithoutTheAreaListHasNoCsv() {
        given().get("/cases").then().statusCode(200).body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("download-csv")));
        given().get("/cases.csv?scope=all").then().statusCode(403);
    }
}
