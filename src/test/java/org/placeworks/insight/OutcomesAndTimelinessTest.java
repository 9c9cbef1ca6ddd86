package org.placeworks.insight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.insight.ClosedCases.Need;
import org.placeworks.insight.internal.CaseScanOutcomes;
import org.placeworks.insight.internal.CaseScanTimeliness;
import org.placeworks.insight.internal.OutcomeQueries;
import org.placeworks.insight.internal.Summary;
import org.placeworks.insight.internal.TimelinessQueries;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.Strand;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.MovableClock;

/**
 * The outcome and timeliness tables over cases closed in the first half of 2037 (the clock moved there, so no
 * other test's or the demo's cases fall in the period), worked out by hand:
 * <ul>
 * <li>M1 to M5, Market Place (Northgate): referred 1 to 5 February, assessed 10 days later (in time), reviewed at 40
 * days, closed 1 May with their one education need met;</li>
 * <li>M6, Market Place: referred 6 February, assessed 30 days later (late), reviewed at 60 days, closed 1 May with
 * education met and housing not met (partly met);</li>
 * <li>R1, Riverside (Southbank): referred 1 March, assessed 10 days later, closed 15 May with its health need met;</li>
 * <li>R2, Riverside: stepped down from children's social care 2 March, stepped back up, accepted by them 20 April:
 * closed as stepped up with no outcome for its family relationships need.</li>
 * </ul>
 * All are Family Support Thornbury's, with frontline as lead professional.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesAndTimelinessTest {

    private static final String PERIOD = "from=2037-01&to=2037-06";
    private static final String SOUTHBANK_MANAGER = "sbmanager";

    @Inject
    ClosedCases cases;

    @Inject
    MovableClock clock;

    @Inject
    Thornbury thornbury;

    @Inject
    StaffDirectory staff;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Summary summary;

    @Inject
    EntityManager em;

    @Inject
    OutcomeQueries store;

    @Inject
    TimelinessQueries storeTimeliness;

    @Inject
    CaseScanOutcomes scan;

    @Inject
    CaseScanTimeliness scanTimeliness;

    private boolean made;
    private UUID familySupport;
    private UUID frontline;

    @BeforeEach
    void makeTheCases() {
        clock.moveTo(LocalDate.of(2037, 6, 20).atTime(12, 0).toInstant(ZoneOffset.UTC));
        if (made) {
            return;
        }
        long market = Thornbury.MARKET_PLACE_UPRN;
        long riverside = Thornbury.RIVERSIDE_UPRN;
        for (int day = 1; day <= 5; day++) {
            cases.closed(market, LocalDate.of(2037, 2, day), 10, 40, LocalDate.of(2037, 5, 1), ClosureReason.NEEDS_MET,
                    List.of(new Need(HeadlineOutcome.EDUCATION, NeedOutcome.MET)));
        }
        cases.closed(market, LocalDate.of(2037, 2, 6), 30, 60, LocalDate.of(2037, 5, 1), ClosureReason.SINGLE_AGENCY,
                List.of(new Need(HeadlineOutcome.EDUCATION, NeedOutcome.MET), new Need(HeadlineOutcome.HOUSING, NeedOutcome.NOT_MET)));
        cases.closed(riverside, LocalDate.of(2037, 3, 1), 10, null, LocalDate.of(2037, 5, 15), ClosureReason.NEEDS_MET,
                List.of(new Need(HeadlineOutcome.HEALTH, NeedOutcome.MET)));
        cases.steppedDownThenUp(riverside, LocalDate.of(2037, 3, 2), LocalDate.of(2037, 4, 10), LocalDate.of(2037, 4, 20),
                HeadlineOutcome.FAMILY_RELATIONSHIPS);
        // Referred and assessed in December 2036, before the period; its 5 grants of £12.50 approved today (in it).
        UUID granted = cases.openWithGrants(market, LocalDate.of(2036, 12, 1), HeadlineOutcome.FINANCIAL_STABILITY, 5, 1_250);
        // Two of them dated back to March and one to April (still in the period): one need with grants in three
        // months, which a period must count once (the store's earlier grant month).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update grant_request g set decided_on = case"
                + " when r.n <= 2 then date '2037-03-15' else date '2037-04-15' end from (select id, row_number() over"
                + " (order by id) as n from grant_request where case_id = ?1) r where g.id = r.id and r.n <= 3")
                .setParameter(1, granted).executeUpdate());
        // A manager of School Nursing Southbank only: their boundary is Southbank ward, so Riverside and not Market Place.
        staff.register(SOUTHBANK_MANAGER, "Sam", "Banks", "sam.banks@nhs.example", "School nursing team leader",
                thornbury.agency("Eastmoor Community Health NHS Trust"), Set.of(thornbury.service("School Nursing Southbank").id()));
        summary.refresh();
        made = true;
    }

    @AfterAll
    void putTheClockBack() {
        clock.reset();
    }

    private void ids() {
        familySupport = thornbury.service("Family Support Thornbury").id();
        frontline = thornbury.member("frontline").id();
    }

    private static JsonPath table(String id) {
        return table(id, PERIOD);
    }

    private static JsonPath table(String id, String query) {
        return given().get("/api/v1/insight/tables/" + id + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static String text(JsonPath table, String row, String column) {
        return table.getString("rows.find { it.key == '" + row + "' }.figures." + column + ".text");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void closedCasesByServiceCountEveryNeedMetPartlyAndNotWithTheStepRates() {
        ids();
        JsonPath t = table("outcomes");
        String fs = familySupport.toString();
        // 8 closed: 6 with every need met (M1-M5, R1), 1 partly (M6), 1 not (R2, no outcome): 6 of 8 is 75%.
        assertThat(text(t, fs, "closed")).isEqualTo("8");
        assertThat(text(t, fs, "allMet")).isEqualTo("6");
        assertThat(text(t, fs, "allMetShare")).isEqualTo("75.0%");
        assertThat(text(t, fs, "partlyMet")).isEqualTo("fewer than 5");
        assertThat(text(t, fs, "partlyMetShare")).isEqualTo("fewer than 5");
        assertThat(text(t, fs, "notMet")).isEqualTo("fewer than 5");
        // One stepped up of 8 closed, one stepped down of 8 referrals: counts under 5, so their rates are hidden too.
        assertThat(text(t, fs, "steppedUp")).isEqualTo("fewer than 5");
        assertThat(text(t, fs, "stepUpRate")).isEqualTo("fewer than 5");
        assertThat(text(t, fs, "referrals")).isEqualTo("8");
        assertThat(text(t, fs, "stepDownRate")).isEqualTo("fewer than 5");
        assertThat(text(t, "total", "closed")).isEqualTo("8");
        assertThat(t.getString("method")).contains("Step-up rate");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void needsAreCountedUnderTheirHeadlineOutcome() {
        JsonPath t = table("headline-outcomes");
        // Education: M1-M5 and M6's first need, all met.
        assertThat(text(t, "EDUCATION", "needs")).isEqualTo("6");
        assertThat(text(t, "EDUCATION", "met")).isEqualTo("6");
        assertThat(text(t, "EDUCATION", "metShare")).isEqualTo("100.0%");
        assertThat(text(t, "HOUSING", "needs")).isEqualTo("fewer than 5");
        // 9 needs in all: 7 met (6 education, 1 health), 1 not met (housing), 1 with no outcome (R2's).
        assertThat(text(t, "total", "needs")).isEqualTo("9");
        assertThat(text(t, "total", "met")).isEqualTo("7");
        assertThat(text(t, "total", "metShare")).isEqualTo("77.8%");
        assertThat(t.getList("rows")).hasSize(HeadlineOutcome.values().length + 1);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void grantsAreCountedUnderTheHeadlineOutcomeOfTheirNeedBesideItsOutcome() {
        JsonPath t = table("grants-to-outcomes");
        assertThat(text(t, "FINANCIAL_STABILITY", "awarded")).isEqualTo("5");
        assertThat(text(t, "FINANCIAL_STABILITY", "awardedPence")).isEqualTo("£62.50");
        assertThat(t.getDouble("rows.find { it.key == 'FINANCIAL_STABILITY' }.figures.awardedPence.value")).isEqualTo(62.5);
        // Not paid yet, and all five for one need still open: counts under 5.
        assertThat(text(t, "FINANCIAL_STABILITY", "paidPence")).isEqualTo("fewer than 5");
        assertThat(text(t, "FINANCIAL_STABILITY", "needs")).isEqualTo("fewer than 5");
        assertThat(text(t, "EDUCATION", "awardedPence")).isEqualTo("fewer than 5");
        assertThat(text(t, "total", "awarded")).isEqualTo("5");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void timelinessTakesTheShareInTimeAndTheMediansByServiceAndByWorker() {
        ids();
        for (String id : List.of("timeliness", "timeliness-workers")) {
            JsonPath t = table(id);
            String row = id.equals("timeliness") ? familySupport.toString() : frontline.toString();
            // 7 assessments (R2 had none), 6 in time: 85.7%; days 10 x 6 and 30: median 10.
            assertThat(text(t, row, "assessments")).as(id).isEqualTo("7");
            assertThat(text(t, row, "withinTimescale")).as(id).isEqualTo("6");
            assertThat(text(t, row, "withinShare")).as(id).isEqualTo("85.7%");
            assertThat(text(t, row, "daysToAssessment")).as(id).isEqualTo("10.0 days");
            // First reviews at 40 days (M1-M5) and 60 (M6): median 40.
            assertThat(text(t, row, "firstReviews")).as(id).isEqualTo("6");
            assertThat(text(t, row, "daysToReview")).as(id).isEqualTo("40.0 days");
            // Days to closure: 89, 88, 87, 86, 85 (M1-M5 to 1 May), 84 (M6), 75 (R1), 49 (R2): median (85 + 86) / 2.
            assertThat(text(t, row, "closures")).as(id).isEqualTo("8");
            assertThat(text(t, row, "daysToClosure")).as(id).isEqualTo("85.5 days");
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theFilterNarrowsTheCasesToTheStrandServiceAndWorkerChosen() {
        ids();
        assertThat(text(table("outcomes", PERIOD + "&worker=" + frontline), familySupport.toString(), "closed")).isEqualTo("8");
        // Early help cases are all of the Early Intervention strand, and all eight are Family Support's.
        JsonPath estate = table("outcomes", PERIOD + "&strand=ESTATE_SERVICES");
        assertThat(estate.getList("rows")).hasSize(1);
        assertThat(text(estate, "total", "closed")).isEqualTo("fewer than 5");
        UUID schoolNursing = thornbury.service("School Nursing Southbank").id();
        JsonPath nursing = table("timeliness", PERIOD + "&service=" + schoolNursing);
        assertThat(nursing.getList("rows")).hasSize(1);
        assertThat(text(nursing, "total", "assessments")).isEqualTo("fewer than 5");
    }

    @Test
    @TestSecurity(user = SOUTHBANK_MANAGER, roles = "manager")
    void aManagerCountsOnlyTheFamiliesInTheirNeighbourhoods() {
        ids();
        // Only R1 and R2 live in Southbank: 2 closures, shown as fewer than 5, with their share.
        JsonPath t = table("outcomes");
        assertThat(text(t, familySupport.toString(), "closed")).isEqualTo("fewer than 5");
        assertThat(text(t, familySupport.toString(), "allMetShare")).isEqualTo("fewer than 5");
        JsonPath timeliness = table("timeliness");
        assertThat(text(timeliness, familySupport.toString(), "closures")).isEqualTo("fewer than 5");
        assertThat(text(timeliness, familySupport.toString(), "daysToClosure")).isEqualTo("fewer than 5");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void thePagesShowTheTablesWithTheFilter() {
        ids();
        Document outcomes = Jsoup.parse(given().get("/insight/outcomes?" + PERIOD).then().statusCode(200).extract().asString());
        assertThat(outcomes.select("form#insight-filter")).hasSize(1);
        assertThat(outcomes.select("table#outcomes tr[data-row='" + familySupport + "'] td").get(0).text()).isEqualTo("8");
        assertThat(outcomes.select("table#headline-outcomes caption").text()).contains("headline outcome");
        assertThat(outcomes.select("table#grants-to-outcomes")).hasSize(1);
        Document timeliness = Jsoup.parse(given().get("/insight/timeliness?" + PERIOD).then().statusCode(200).extract().asString());
        assertThat(timeliness.select("table#timeliness tr[data-row='" + familySupport + "'] td").get(0).text()).isEqualTo("7");
        assertThat(timeliness.select("table#timeliness-workers tr[data-row='" + frontline + "'] th").text())
                .isEqualTo(thornbury.member("frontline").name());
        String csv = given().get("/insight/tables/outcomes.csv?" + PERIOD).then().statusCode(200).extract().asString();
        assertThat(csv).contains("Family Support Thornbury").contains("fewer than 5");
        Document home = Jsoup.parse(given().get("/insight").then().statusCode(200).extract().asString());
        assertThat(home.select("a[href='/insight/outcomes']")).hasSize(1);
        assertThat(home.select("a[href='/insight/timeliness']")).hasSize(1);
    }

    /** A period that cannot be read is named in the error summary (422), as on the caseload page, and no table is drawn. */
    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theTimelinessPageNamesABadPeriod() {
        Document page = Jsoup.parse(given().get("/insight/timeliness?from=2026-13").then().statusCode(422).extract().asString());
        assertThat(page.select(".govuk-error-summary a[href='#from']")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void eachPageCostsTheSameStatementsHoweverManyRowsItsTablesHave() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        // 2026 holds the demo's cases of two services (Family Support's closures, School Nursing's referral); the
        // first half of 2037 only Family Support's: more rows must not mean more statements.
        String demoYear = "from=2026-01&to=2026-12";
        assertThat(table("outcomes", demoYear).getList("rows").size())
                .isGreaterThan(table("outcomes", PERIOD).getList("rows").size());
        for (String page : List.of("/insight/outcomes", "/insight/timeliness")) {
            assertThat(statementsFor(page + "?" + PERIOD)).as(page).isEqualTo(statementsFor(page + "?" + demoYear));
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theStoreGivesTheSameFiguresAsCountingTheCases() {
        ids();
        @SuppressWarnings("unchecked")
        List<UUID> everywhere = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from area where kind = 'NEIGHBOURHOOD'").getResultList());
        @SuppressWarnings("unchecked")
        List<UUID> southbank = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select n.id from area n join area w on w.id = n.parent_id where w.name = 'Southbank'").getResultList());
        UUID schoolNursing = thornbury.service("School Nursing Southbank").id();
        List<InsightFilter> filters = new ArrayList<>();
        for (YearMonth[] period : new YearMonth[][] {{YearMonth.of(2037, 1), YearMonth.of(2037, 6)},
                {YearMonth.of(2037, 3), YearMonth.of(2037, 3)}, {YearMonth.of(2037, 4), YearMonth.of(2037, 6)},
                {YearMonth.of(2037, 5), YearMonth.of(2037, 5)}, {YearMonth.of(2025, 1), YearMonth.of(2026, 12)}}) {
            filters.add(new InsightFilter(period[0], period[1], null, null, null));
            filters.add(new InsightFilter(period[0], period[1], Strand.EARLY_INTERVENTION, familySupport, null));
            filters.add(new InsightFilter(period[0], period[1], null, null, frontline));
            filters.add(new InsightFilter(period[0], period[1], null, schoolNursing, null));
            filters.add(new InsightFilter(period[0], period[1], Strand.ESTATE_SERVICES, null, null));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (List<UUID> places : List.of(everywhere, southbank)) {
                for (InsightFilter f : filters) {
                    String what = f.query() + " over " + places.size() + " neighbourhoods";
                    assertThat(store.byService(f, places)).as("outcomes " + what).isEqualTo(scan.byService(f, places));
                    assertThat(store.byHeadline(f, places)).as("needs " + what).isEqualTo(scan.byHeadline(f, places));
                    assertThat(store.grantsByHeadline(f, places)).as("grants " + what).isEqualTo(scan.grantsByHeadline(f, places));
                    for (TimelinessQueries.Grouping g : TimelinessQueries.Grouping.values()) {
                        assertThat(storeTimeliness.timeliness(f, places, g)).as("timeliness by " + g + " " + what)
                                .isEqualTo(scanTimeliness.timeliness(f, places, g));
                    }
                }
            }
        });
        // Not an agreement on nothing: the worked example's figures are in both.
        InsightFilter half = filters.get(0);
        QuarkusTransaction.requiringNew().run(() -> {
        assertThat(scan.byService(half, everywhere)).extracting(OutcomeQueries.ServiceOutcomes::closed).containsExactly(8L);
        assertThat(scanTimeliness.timeliness(half, everywhere, TimelinessQueries.Grouping.SERVICE).total().closures().medianDays())
                .isEqualTo(85.5);
        // The need granted in March, April and June counts once over the three months, and once in April to June.
        for (InsightFilter f : List.of(half, filters.get(10))) {
            assertThat(store.grantsByHeadline(f, everywhere).stream()
                    .filter(h -> h.headline() == HeadlineOutcome.FINANCIAL_STABILITY).findFirst().orElseThrow().needs())
                    .as(f.query()).isEqualTo(1);
        }
        });
    }

    private long statementsFor(String path) {
        given().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }
}
