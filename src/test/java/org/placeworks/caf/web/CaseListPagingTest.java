package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.ManyCases;
import org.placeworks.testsupport.Statements;

/**
 * Case lists a page at a time: 50 lines a page, the Next link (read from the page) leading on until every case was shown
 * once, none twice and none missing, and never a case outside the reader's boundary, on any page; the same number of SQL
 * statements for 5 cases as for 120.
 */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class CaseListPagingTest {

    private static final Pattern CASE_LINK = Pattern.compile("^/cases/([0-9a-f-]{36})$");

    @Inject
    ManyCases many;

    @Inject
    SessionFactory sessionFactory;

    /** The ids of the cases listed on each page, following the rendered Next links from the first page. */
    private static List<List<UUID>> pages(String first) {
        List<List<UUID>> pages = new ArrayList<>();
        String href = first;
        while (href != null) {
            Document page = Jsoup.parse(given().get(href).then().statusCode(200).extract().asString());
            List<UUID> ids = new ArrayList<>();
            for (Element a : page.select("table.govuk-table tbody a.govuk-link")) {
                Matcher m = CASE_LINK.matcher(a.attr("href"));
                if (m.matches()) {
                    ids.add(UUID.fromString(m.group(1)));
                }
            }
            pages.add(ids);
            Element next = page.selectFirst("#case-pages a[rel=next]");
            href = next == null ? null : next.attr("href");
            assertThat(pages.size()).as("pages followed").isLessThan(100);
        }
        return pages;
    }

    private static List<UUID> flat(List<List<UUID>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    @Test
    void aWorkerWith120CasesSeesThemFiftyAPageEachOnceAndNoneFromOutsideTheirBoundary() {
        ManyCases.Office office = many.office(120, 10);
        List<List<UUID>> pages = many.as(office.worker(), "frontline", () -> pages("/cases"));
        assertThat(pages).extracting(List::size).containsExactly(50, 50, 20);
        List<UUID> seen = flat(pages);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(office.inGround());
        assertThat(seen).doesNotContainAnyElementsOf(office.outside());
    }

    @Test
    void aPanelChairsSecondPageOfAllCasesHoldsNothingOutsideTheBoundaryButTheManagersDoes() {
        ManyCases.Office office = many.office(60, 45);
        List<List<UUID>> chair = many.as(office.chair(), "panel-chair", () -> pages("/cases?scope=all"));
        assertThat(chair.size()).isGreaterThanOrEqualTo(2);
        assertThat(chair.get(1)).isNotEmpty().doesNotContainAnyElementsOf(office.outside());
        assertThat(flat(chair)).doesNotHaveDuplicates().containsAll(office.inGround()).doesNotContainAnyElementsOf(office.outside());
        // The manager of the owning service sees the cases wherever the family lives: the boundary above was the rule's doing.
        List<UUID> manager = flat(many.as(office.manager(), "manager", () -> pages("/cases?scope=all")));
        assertThat(manager).doesNotHaveDuplicates().containsAll(office.inGround()).containsAll(office.outside());
    }

    @Test
    void myCasesListClosedCasesOnlyOnRequest() {
        ManyCases.Office office = many.office(4, 0);
        UUID closed = office.inGround().get(0);
        many.close(closed);
        many.as(office.worker(), "frontline", () -> {
            Document open = Jsoup.parse(given().get("/cases").then().statusCode(200).extract().asString());
            assertThat(ids(open)).containsExactlyInAnyOrderElementsOf(office.inGround().subList(1, 4));
            String closedHref = open.selectFirst("#closed-cases").attr("href");
            assertThat(closedHref).isEqualTo("/cases?status=CLOSED");
            assertThat(ids(Jsoup.parse(given().get(closedHref).then().statusCode(200).extract().asString()))).containsExactly(closed);
            return null;
        });
        // "All cases in my area" holds every state, the closed case after the open ones.
        List<UUID> all = flat(many.as(office.manager(), "manager", () -> pages("/cases?scope=all")));
        assertThat(all).hasSize(4).last().isEqualTo(closed);
    }

    private static List<UUID> ids(Document page) {
        List<UUID> ids = new ArrayList<>();
        for (Element a : page.select("table.govuk-table tbody a.govuk-link")) {
            Matcher m = CASE_LINK.matcher(a.attr("href"));
            if (m.matches()) {
                ids.add(UUID.fromString(m.group(1)));
            }
        }
        return ids;
    }

    @Test
    void previousLeadsBackToThePageBefore() {
        ManyCases.Office office = many.office(70, 0);
        many.as(office.worker(), "frontline", () -> {
            Document first = Jsoup.parse(given().get("/cases").then().statusCode(200).extract().asString());
            assertThat(first.selectFirst("#case-pages a[rel=prev]")).isNull();
            String next = first.selectFirst("#case-pages a[rel=next]").attr("href");
            Document second = Jsoup.parse(given().get(next).then().statusCode(200).extract().asString());
            assertThat(second.selectFirst("#case-pages a[rel=next]")).isNull();
            String previous = second.selectFirst("#case-pages a[rel=prev]").attr("href");
            Document back = Jsoup.parse(given().get(previous).then().statusCode(200).extract().asString());
            assertThat(back.select("table.govuk-table tbody a.govuk-link").eachAttr("href"))
                    .isEqualTo(first.select("table.govuk-table tbody a.govuk-link").eachAttr("href"));
            return null;
        });
    }

    @Test
    void aKeyNotWrittenByTheListIsRefusedNamingIt() {
        given().get("/cases?after=not-a-key").then().statusCode(422).body(org.hamcrest.Matchers.containsString("There is a problem"));
        given().get("/api/v1/cases?after=not-a-key").then().statusCode(422)
                .body("errors.after", org.hamcrest.Matchers.containsString("after"));
        given().get("/api/v1/cases?limit=201").then().statusCode(422)
                .body("errors.limit", org.hamcrest.Matchers.containsString("limit"));
    }

    @Test
    void theApiPagesByItsLinkHeader() {
        ManyCases.Office office = many.office(45, 5);
        List<UUID> seen = many.as(office.worker(), "frontline", () -> {
            List<UUID> ids = new ArrayList<>();
            String href = "/api/v1/cases?limit=20";
            int calls = 0;
            while (href != null && calls++ < 20) {
                var response = given().get(href).then().statusCode(200).extract();
                List<String> page = response.path("id");
                assertThat(page.size()).isLessThanOrEqualTo(20);
                page.forEach(id -> ids.add(UUID.fromString(id)));
                String link = response.header("Link");
                Matcher m = link == null ? null : Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
                href = m != null && m.find() ? m.group(1) : null;
            }
            return ids;
        });
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(office.inGround());
    }

    private long statementsFor(String user, String role, String path) {
        return many.as(user, role, () -> {
            return Statements.ofGet(sessionFactory, path);
        });
    }

    /**
     * A list with everything on its page (the calls to make, the sign-offs awaited, the panel's decisions) is one reading:
     * one connection, one transaction and one setting of the wall's ground, after the request's ground is worked out
     * (what {@code /api/v1/me}, which reads nothing more, takes).
     */
    @Test
    void aListIsOneReading() {
        ManyCases.Office office = many.office(5, 0);
        for (String user : List.of(office.worker(), office.manager())) {
            String role = user.equals(office.worker()) ? "frontline" : "manager";
            many.as(user, role, () -> {
                long ground = Statements.connectionsOfGet("/api/v1/me");
                List<String> paths = role.equals("manager") ? List.of("/cases", "/cases?scope=all", "/api/v1/cases")
                        : List.of("/cases", "/api/v1/cases");
                for (String path : paths) {
                    assertThat(Statements.connectionsOfGet(path)).as(role + " " + path + ": connections taken beside the ground's")
                            .isEqualTo(ground + 1);
                }
                return null;
            });
        }
    }

    @Test
    void theListsCostTheSameStatementsForFiveCasesAsFor120() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        ManyCases.Office five = many.office(5, 0);
        ManyCases.Office lots = many.office(120, 0);
        for (String path : List.of("/cases", "/api/v1/cases", "/api/v1/cases?limit=200")) {
            long few = statementsFor(five.worker(), "frontline", path);
            long more = statementsFor(lots.worker(), "frontline", path);
            assertThat(more).as(path + ": statements for 120 cases vs 5").isEqualTo(few);
        }
        long few = statementsFor(five.manager(), "manager", "/cases?scope=all");
        long more = statementsFor(lots.manager(), "manager", "/cases?scope=all");
        assertThat(more).as("/cases?scope=all: statements for 120 cases vs 5").isEqualTo(few);
    }
}
