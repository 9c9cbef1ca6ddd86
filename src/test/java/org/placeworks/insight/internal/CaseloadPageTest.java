package org.placeworks.insight.internal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.Today;

/**
 * The caseload page, its CSV and its JSON: a manager sees their own ground only, hidden figures are hidden
 * alike everywhere, and the page costs a fixed number of SQL statements however many cases there are.
 */
@QuarkusTest
class CaseloadPageTest {

    /**
     * What the caseload page adds to the statements of the same table on the generic table page: nothing, since the
     * one read of when the store was rebuilt (shown on the page) is the one the kept table is looked up by. (Both share the manager's ground and the filter's choices, whose statements go by
     * the place's services and staff, never by its cases; the table itself is one read of the summary store.)
     */
    static final long STATEMENTS_BEYOND_THE_TABLE_PAGE = 0;

    @Inject
    EntityManager em;

    @Inject
    Summary summary;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Today today;

    private List<UUID> neighbourhoodsOf(String ward) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select n.id from area n join area w"
                + " on w.id = n.parent_id where w.kind = 'WARD' and w.name = ?1 and n.kind = 'NEIGHBOURHOOD'", UUID.class)
                .setParameter(1, ward).getResultList());
    }

    @Inject
    org.placeworks.organisation.StaffDirectory staff;

    @Inject
    org.placeworks.organisation.Services services;

    /**
     * The neighbourhoods the demo manager's services cover, asked of organisation (the town, and whatever other
     * tests have added to it or to those services' boundaries since), and the wards they sit in.
     */
    private java.util.Set<UUID> coveredNeighbourhoods() {
        java.util.Set<UUID> covered = new java.util.HashSet<>();
        staff.all().stream().filter(m -> m.username().equals("manager")).findFirst().orElseThrow().services()
                .forEach(s -> covered.addAll(services.coverageOf(s.id()).neighbourhoods()));
        return covered;
    }

    private long wardsOf(java.util.Set<UUID> neighbourhoods) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(distinct parent_id) from area"
                + " where id in (:ids) and parent_id in (select id from area where kind = 'WARD')").setParameter("ids", neighbourhoods)
                .getSingleResult()).longValue());
    }

    private static List<String> rows(Document page, String level) {
        return page.select("#caseload tbody tr[data-level=" + level + "]").eachAttr("data-row");
    }

    private static String cell(Document page, String row, String column) {
        List<String> columns = page.select("#caseload thead th[data-column]").eachAttr("data-column");
        Element tr = page.selectFirst("#caseload tbody tr[data-row=\"" + row + "\"]");
        assertThat(tr).as("row " + row).isNotNull();
        return tr.select("td").get(columns.indexOf(column)).text();
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theManagerSeesEveryNeighbourhoodOfTheTownRolledUpByWardAndLocality() {
        summary.refresh();
        Document page = Jsoup.parse(given().get("/insight/caseload").then().statusCode(200).extract().asString());
        // The demo's 8 in 2 wards, and any other tests have added to the manager's ground since.
        java.util.Set<UUID> covered = coveredNeighbourhoods();
        assertThat(rows(page, "NEIGHBOURHOOD")).hasSize(covered.size()).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(row -> assertThat(covered).contains(UUID.fromString(row.substring("neighbourhood:".length()))));
        assertThat(rows(page, "WARD")).hasSize((int) wardsOf(covered)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows(page, "LOCALITY")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(rows(page, "TOTAL")).containsExactly("total");
        assertThat(page.select("#refreshed").text()).startsWith("Figures as at ");
        assertThat(page.select("#caseload caption").text()).isEqualTo("Caseload by neighbourhood");
        assertThat(page.select("a[href^=/insight/tables/caseload.csv]")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aFilterThatCannotBeUsedIsNamedAboveTheTableInsideTheWholePage() {
        summary.refresh();
        var response = given().get("/insight/caseload?from=last-spring").then().statusCode(422)
                .contentType("text/html;charset=UTF-8").extract();
        String html = response.asString();
        Document page = Jsoup.parse(html);

        assertThat(page.select(".govuk-error-summary a[href=#from]")).hasSize(1);
        // The kept table is written inside the page's main content, between its heading and the footer.
        assertThat(page.select("main #caseload tbody tr[data-level=TOTAL]")).hasSize(1);
        assertThat(page.select("footer")).hasSize(1);
        assertThat(html).doesNotContain("placeworks:kept-markup");
        assertThat(html.strip()).endsWith("</html>");
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "manager")
    void aManagerWhoseServiceCoversOneWardSeesOnlyItsNeighbourhoods() {
        // School Nursing Southbank covers Southbank ward only.
        List<String> southbank = neighbourhoodsOf("Southbank").stream().map(id -> "neighbourhood:" + id).toList();
        List<String> northgate = neighbourhoodsOf("Northgate").stream().map(id -> "neighbourhood:" + id).toList();
        assertThat(southbank).isNotEmpty();
        assertThat(northgate).isNotEmpty();

        Document page = Jsoup.parse(given().get("/insight/caseload").then().statusCode(200).extract().asString());
        assertThat(rows(page, "NEIGHBOURHOOD")).containsExactlyInAnyOrderElementsOf(southbank);
        assertThat(rows(page, "WARD")).hasSize(1);
        assertThat(page.select("#caseload tbody th").eachText()).doesNotContain("Northgate");

        JsonPath json = given().get("/api/v1/insight/tables/caseload").then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("rows.findAll { it.level == 'NEIGHBOURHOOD' }.key", String.class))
                .containsExactlyInAnyOrderElementsOf(southbank).doesNotContainAnyElementsOf(northgate);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aCountUnderFiveIsHiddenAlikeInThePageTheCsvAndTheJson() throws Exception {
        SummaryFixture fixture = new SummaryFixture(em).write();
        try {
            summary.refresh();
            String query = "?from=2024-02&to=2024-04";
            String north = "neighbourhood:" + fixture.north;
            // Three referrals in north over those months (see SummaryRebuildTest).
            Document page = Jsoup.parse(given().get("/insight/caseload" + query).then().statusCode(200).extract().asString());
            assertThat(cell(page, north, "referrals")).isEqualTo("fewer than 5");
            assertThat(page.text()).contains("Counts under 5");

            String csv = given().get("/insight/tables/caseload.csv" + query).then().statusCode(200).extract().asString();
            CSVRecord northRow = CSVFormat.DEFAULT.parse(new StringReader(csv)).stream()
                    .filter(r -> r.get(0).equals("North " + fixture.tag)).findFirst().orElseThrow();
            assertThat(northRow.get(3)).isEqualTo("fewer than 5");

            JsonPath json = given().get("/api/v1/insight/tables/caseload" + query).then().statusCode(200).extract().jsonPath();
            Map<String, Object> referrals = json.getMap("rows.find { it.key == '" + north + "' }.figures.referrals");
            assertThat(referrals).containsEntry("shown", "FEWER_THAN_FIVE").containsEntry("text", "fewer than 5");
            assertThat(referrals.get("value")).isNull();
            assertThat(json.getString("suppression")).contains("fewer than 5");
        } finally {
            fixture.delete();
            summary.refresh();
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void noShownCountIsUnderFiveAnywhereInTheDemoFigures() {
        summary.refresh();
        JsonPath json = given().get("/api/v1/insight/tables/caseload").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> figures = json.getList("rows.collect { it.figures.values() }.flatten()");
        assertThat(figures).isNotEmpty();
        assertThat(figures.stream().filter(f -> "COUNT".equals(f.get("unit")) && "SHOWN".equals(f.get("shown"))))
                .allSatisfy(f -> assertThat(((Number) f.get("value")).doubleValue()).isGreaterThanOrEqualTo(5));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aTableIsKeptUntilTheStoreIsRebuiltAndNoLonger() {
        // Seven referrals in every neighbourhood.
        keptUntilTheNextRebuild("/api/v1/insight/tables/caseload?from=2001-01&to=2001-01",
                "rows.find { it.key == 'total' }.figures.referrals.value",
                "insert into insight_area_figure (month, neighbourhood_id, strand, measure, value)"
                        + " select date '2001-01-01', id, 'EARLY_INTERVENTION', 'REFERRALS', 7 from area where kind = 'NEIGHBOURHOOD'",
                "delete from insight_area_figure where month = date '2001-01-01'");
    }

    /** The timeliness and outcome tables are kept the same way: at 1,000,000 cases a timeliness table takes seconds. */
    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aTimelinessTableIsKeptUntilTheStoreIsRebuiltAndNoLonger() {
        // Seven assessments completed in 10 days in every neighbourhood.
        keptUntilTheNextRebuild("/api/v1/insight/tables/timeliness?from=2001-01&to=2001-01",
                "rows.find { it.key == 'total' }.figures.assessments.value",
                "insert into insight_duration (month, neighbourhood_id, service_id, by_worker, stage, days, cases,"
                        + " within_timescale) select date '2001-01-01', a.id, (select min(s.id::text)::uuid from service s),"
                        + " false, 'ASSESSMENT', 10, 7, 7 from area a where a.kind = 'NEIGHBOURHOOD'",
                "delete from insight_duration where month = date '2001-01-01'");
    }

    /**
     * Writes seven of something per neighbourhood into the store behind the rebuild's back ({@code write}): the table at
     * {@code path} does not show them until the store's stamp has a new version, what a rebuild leaves, and then does.
     */
    private void keptUntilTheNextRebuild(String path, String total, String write, String clear) {
        summary.refresh();
        assertThat(given().get(path).then().statusCode(200).extract().jsonPath().getString(total)).isNull();
        long neighbourhoods = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(write).executeUpdate();
            return ((Number) em.createNativeQuery("select count(*) from area where kind = 'NEIGHBOURHOOD'").getSingleResult())
                    .longValue();
        });
        try {
            assertThat(given().get(path).then().statusCode(200).extract().jsonPath().getString(total))
                    .as("kept until the next rebuild").isNull();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update insight_refresh set refreshed_at = refreshed_at").executeUpdate());
            assertThat(given().get(path).then().statusCode(200).extract().jsonPath().getDouble(total))
                    .as("built again after it").isEqualTo(7.0 * neighbourhoods);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(clear).executeUpdate());
            summary.refresh();
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theFilterNamesOnlyTheWorkerChosenAndTheWorkersHaveAPageOfTheirOwn() {
        Document page = Jsoup.parse(given().get("/insight/caseload?from=2025-01&to=2025-12").then().statusCode(200)
                .extract().asString());
        assertThat(page.select("#insight-filter select[name=worker]")).isEmpty();
        assertThat(page.select("#worker").text()).startsWith("All workers");
        String choose = page.select("#worker a").attr("href");
        assertThat(choose).startsWith("/insight/workers?back=/insight/caseload&from=2025-01&to=2025-12");

        Document workers = Jsoup.parse(given().get(choose).then().statusCode(200).extract().asString());
        Element first = workers.select("#workers a[data-worker]").first();
        assertThat(first).isNotNull();
        String chosen = first.attr("href");
        assertThat(chosen).startsWith("/insight/caseload?from=2025-01&to=2025-12&worker=");

        Document filtered = Jsoup.parse(given().get(chosen).then().statusCode(200).extract().asString());
        assertThat(filtered.select("#insight-filter input[name=worker]").attr("value")).isEqualTo(first.attr("data-worker"));
        assertThat(filtered.select("#worker").text()).startsWith(first.text());

        given().get("/insight/workers?back=https://example.org/insight").then().statusCode(422)
                .body(org.hamcrest.Matchers.containsString("insight page to go back to"));
    }

    private long statementsFor(String path) {
        return org.placeworks.testsupport.Statements.ofGet(sessionFactory, path);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void thePagesCostTheSameStatementsWithFiftyMoreCases() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        summary.refresh();
        UUID neighbourhood = neighbourhoodsOf("Northgate").get(0);
        List<String> pages = InsightStatementCountTest.pages(neighbourhood);
        Map<String, Long> demoPages = InsightStatementCountTest.statementsFor(sessionFactory, pages);
        long demo = statementsFor("/insight/caseload");
        long tablePage = statementsFor("/insight/tables/caseload");

        UUID family = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            UUID service = (UUID) em.createNativeQuery("select id from service where name = 'Family Support Thornbury'")
                    .getSingleResult();
            em.createNativeQuery("insert into family (id, name, place_kind, place_description, place_area_id, created_at, created_by)"
                    + " values (?1, 'Statements', 'TEMPORARY', 'A hostel', ?2, now(), 'test')")
                    .setParameter(1, family).setParameter(2, neighbourhood).executeUpdate();
            em.createNativeQuery("insert into family_residence (id, family_id, kind, description, area_id, from_date, recorded_at,"
                    + " recorded_by) values (gen_random_uuid(), ?1, 'TEMPORARY', 'A hostel', ?2, date '2020-01-01', now(), 'test')")
                    .setParameter(1, family).setParameter(2, neighbourhood).executeUpdate();
            em.createNativeQuery("insert into caf_case (id, reference, family_id, owning_service_id, status, referred_on,"
                    + " referrer_name, reason, created_at, created_by)"
                    + " select gen_random_uuid(), 'EH-S' || g || '-' || ?3, ?1, ?2, 'ASSESSMENT', ?4, 'A school', 'Worried', now(), 'test'"
                    + " from generate_series(1, 50) g")
                    .setParameter(1, family).setParameter(2, service).setParameter(3, family.toString().substring(0, 8))
                    .setParameter(4, today.month().atDay(1)).executeUpdate();
            // Half of them assessed, reviewed and closed with a need met this month: counted by outcomes and timeliness.
            em.createNativeQuery("update caf_case set status = 'CLOSED', assessment_completed_on = referred_on,"
                    + " closed_on = referred_on, closure_reason = 'NEEDS_MET' where family_id = ?1"
                    + " and cast(substring(reference from 'EH-S([0-9]+)-') as int) % 2 = 0")
                    .setParameter(1, family).executeUpdate();
            em.createNativeQuery("insert into caf_need (id, case_id, position, headline, description, outcome)"
                    + " select gen_random_uuid(), c.id, 0, 'HEALTH', 'Sleep', 'MET' from caf_case c"
                    + " where c.family_id = ?1 and c.status = 'CLOSED'").setParameter(1, family).executeUpdate();
        });
        try {
            summary.refresh();
            assertThat(InsightStatementCountTest.statementsFor(sessionFactory, pages))
                    .as("statements per page with 50 more cases").isEqualTo(demoPages);
            long more = statementsFor("/insight/caseload");
            assertThat(more).as("statements with 50 more cases").isEqualTo(demo);
            assertThat(statementsFor("/insight/tables/caseload")).as("table page statements with 50 more cases")
                    .isEqualTo(tablePage);
            assertThat(demo - tablePage).as("statements the caseload page adds").isEqualTo(STATEMENTS_BEYOND_THE_TABLE_PAGE);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from caf_need where case_id in (select id from caf_case where family_id = ?1)")
                        .setParameter(1, family).executeUpdate();
                em.createNativeQuery("delete from caf_case where family_id = ?1").setParameter(1, family).executeUpdate();
                em.createNativeQuery("delete from family_residence where family_id = ?1").setParameter(1, family).executeUpdate();
                em.createNativeQuery("delete from family where id = ?1").setParameter(1, family).executeUpdate();
            });
            summary.refresh();
        }
    }
}
