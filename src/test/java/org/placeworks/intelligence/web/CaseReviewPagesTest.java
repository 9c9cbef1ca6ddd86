package org.placeworks.intelligence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.CaseReviewApplicant;
import org.placeworks.intelligence.CaseReviews;
import org.placeworks.intelligence.NewCaseReview;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.ThornburyPlaces;
import org.placeworks.intelligence.Victim;
import org.placeworks.testsupport.MovableClock;
import org.placeworks.testsupport.RenderedForm;

/**
 * The case review pages as officers and managers use them: an application recorded from the trigger list and
 * taken to closure through the rendered forms, bad input and a stale form refused, the clocks on the list,
 * the yearly figures and their CSV, and who is refused (an officer of another ground: 404; a manager opening
 * the record, an estate officer: 403).
 */
@QuarkusTest
class CaseReviewPagesTest {

    private static final Set<String> OFFICER = Set.of(Roles.INTELLIGENCE_OFFICER);

    @Inject
    Reports reports;

    @Inject
    CaseReviews reviews;

    @Inject
    ThornburyPlaces thornbury;

    @Inject
    ActingAs actingAs;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private UUID house(String postcode, int number) {
        return thornbury.house(postcode, number);
    }

    /** {@code count} qualifying reports about the house, made on {@code day} (today when null); their ids. */
    private List<UUID> complaints(UUID house, int count, LocalDate day) {
        if (day != null) {
            clock.moveTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        }
        LocalDate made = day != null ? day : LocalDate.now(ZoneOffset.UTC);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(reports.submitPublic(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Stones thrown at the windows again (CR-pages)",
                    made.minusDays(1), null, ReportLocation.address(house, null), Victim.NO, null)).reportId());
        }
        return ids;
    }

    /** The form's address as a test asks for it (REST Assured encodes the query itself). */
    private static String newForm(UUID house) {
        return "/intelligence/case-reviews/new?subject=address:" + house;
    }

    /** The link to the form as the trigger list renders it. */
    private static String linkToNewForm(UUID house) {
        return "/intelligence/case-reviews/new?subject=" + URLEncoder.encode("address:" + house, StandardCharsets.UTF_8);
    }

    private static String reviewPath(Response created) {
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        return created.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerRecordsAnApplicationFromTheTriggerListAndTakesItToClosure() {
        UUID house = house("TB2 4BH", 7);
        List<UUID> made = complaints(house, 3, null);
        given().get("/intelligence/community-trigger").then().statusCode(200).body(containsString("7 "))
                .body(containsString("Threshold reached")).body(containsString(linkToNewForm(house)));

        String review = reviewPath(RenderedForm.open(newForm(house), "/intelligence/case-reviews").set("appliedBy", "VICTIM")
                .set("applicantReportId", made.get(0).toString()).submit());

        given().get(review).then().statusCode(200).body(containsString("3 qualifying complaints when received"))
                .body(containsString("Due"));
        assertThat(RenderedForm.open(review, review + "/acknowledge").submit().statusCode()).isEqualTo(303);
        assertThat(RenderedForm.open(review, review + "/decision").set("thresholdMet", "yes")
                .set("decisionReason", "Three qualifying complaints in a week (CR-pages)").submit().statusCode()).isEqualTo(303);
        assertThat(RenderedForm.open(review, review + "/meeting").set("recommendationCount", "2")
                .set("recommendations", "Mediation with the family at number 9; a light on the footpath").submit().statusCode())
                .isEqualTo(303);
        assertThat(RenderedForm.open(review, review + "/close").submit().statusCode()).isEqualTo(303);

        given().get(review).then().statusCode(200).body(containsString("Closed")).body(containsString("2 recommendations"))
                .body(containsString("Mediation with the family"));
        given().get("/intelligence/case-reviews").then().statusCode(200).body(containsString(review));
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void badInputIsShownInAnErrorSummaryAndNothingIsSaved() {
        UUID house = house("TB2 4BH", 8);
        complaints(house, 2, null);
        long before = em.createQuery("select count(r) from CaseReview r", Long.class).getSingleResult();
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2);

        Response refused = RenderedForm.open(newForm(house), "/intelligence/case-reviews").set("appliedBy", "ON_BEHALF")
                .date("receivedOn", tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear()).submit();

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select(".govuk-error-summary a").eachText()).contains(
                "The date the application was received must be today or in the past",
                "Enter who applied on the victim's behalf (for example, their councillor)",
                "Select the report whose reporter applied");
        assertThat(em.createQuery("select count(r) from CaseReview r", Long.class).getSingleResult()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void aStepOnAFormOpenedBeforeAnotherChangeIsRefused() {
        UUID house = house("TB2 4BH", 9);
        List<UUID> made = complaints(house, 3, null);
        UUID id = reviews.record(new NewCaseReview("address:" + house, LocalDate.now(ZoneOffset.UTC), CaseReviewApplicant.VICTIM, null,
                made.get(1)));
        String review = "/intelligence/case-reviews/" + id;
        RenderedForm opened = RenderedForm.open(review, review + "/decision").set("thresholdMet", "no")
                .set("decisionReason", "Stale (CR-pages)");
        reviews.acknowledge(id, LocalDate.now(ZoneOffset.UTC), 0L);

        Response stale = opened.submit();

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("This case review was changed by someone else");
        given().get(review).then().body(not(containsString("Stale (CR-pages)")));
    }

    @Test
    @TestSecurity(user = ThornburyPlaces.NORTH_OFFICER, roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerWhoseGroundDoesNotHoldThePlaceIsNotToldTheReviewExists() {
        thornbury.northOfficer();
        UUID house = house("TB2 4BH", 10);
        List<UUID> made = complaints(house, 3, null);
        UUID id = actingAs.call("intel", OFFICER, () -> reviews.record(new NewCaseReview("address:" + house,
                LocalDate.now(ZoneOffset.UTC), CaseReviewApplicant.VICTIM, null, made.get(0))));
        String reference = actingAs.call("intel", OFFICER, () -> reviews.find(id).reference());

        given().get("/intelligence/case-reviews/" + id).then().statusCode(404);
        given().get(newForm(house)).then().statusCode(404);
        given().get("/intelligence/case-reviews/" + id).then().statusCode(404);
        given().get("/intelligence/case-reviews").then().statusCode(200).body(not(containsString(reference)));
        given().get("/intelligence/community-trigger").then().statusCode(200).body(not(containsString(linkToNewForm(house))));
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void aManagerSeesTheClocksAndTheAreaButNotTheRecord() {
        UUID house = house("TB2 4CH", 2);
        List<UUID> made = complaints(house, 3, null);
        UUID id = actingAs.call("intel", OFFICER, () -> reviews.record(new NewCaseReview("address:" + house,
                LocalDate.now(ZoneOffset.UTC), CaseReviewApplicant.VICTIM, null, made.get(0))));
        String reference = actingAs.call("intel", OFFICER, () -> reviews.find(id).reference());

        String list = given().get("/intelligence/case-reviews").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(list);
        assertThat(page.select("#reviews td").eachText()).anyMatch(t -> t.startsWith(reference) && t.contains("Westfield"));
        assertThat(list).doesNotContain("/intelligence/case-reviews/" + id).doesNotContain("2 Wheel");
        given().get("/intelligence/case-reviews/" + id).then().statusCode(403);
        given().get("/intelligence/community-trigger").then().statusCode(200).body(not(containsString("CR-pages")));
    }

    @Test
    @TestSecurity(user = "estate", roles = Roles.ESTATE_OFFICER)
    void staffWithoutTheRoleAreRefused() {
        given().get("/intelligence/case-reviews").then().statusCode(403);
        given().get("/intelligence/community-trigger").then().statusCode(403);
        given().get("/intelligence/case-reviews/figures").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void theYearlyFiguresCountByFinancialAndCalendarYearAndTheListShowsOverdueClocks() {
        UUID met = house("TB2 4DH", 1);
        UUID notMet = house("TB2 4DH", 3);
        UUID waiting = house("TB2 4DH", 5);
        List<UUID> metReports = complaints(met, 3, LocalDate.of(2019, 2, 11));
        List<UUID> notMetReports = complaints(notMet, 1, LocalDate.of(2019, 2, 12));
        List<UUID> waitingReports = complaints(waiting, 1, LocalDate.of(2019, 2, 13));
        clock.moveTo(LocalDate.of(2019, 5, 30).atTime(9, 0).toInstant(ZoneOffset.UTC));
        UUID first = reviews.record(new NewCaseReview("address:" + met, LocalDate.of(2019, 3, 11), CaseReviewApplicant.VICTIM, null,
                metReports.get(0)));
        reviews.decide(first, true, "Met", LocalDate.of(2019, 3, 25), 0L);
        reviews.holdMeeting(first, LocalDate.of(2019, 4, 15), "Two recommendations", 2, 1L);
        UUID second = reviews.record(new NewCaseReview("address:" + notMet, LocalDate.of(2019, 3, 20), CaseReviewApplicant.ON_BEHALF,
                "Her MP", notMetReports.get(0)));
        reviews.decide(second, false, "One complaint only", LocalDate.of(2019, 3, 22), 0L);
        UUID third = reviews.record(new NewCaseReview("address:" + waiting, LocalDate.of(2019, 3, 25), CaseReviewApplicant.VICTIM, null,
                waitingReports.get(0)));

        assertThat(figures("financial", 2018)).containsExactly("3", "1", "0", "0");
        assertThat(figures("financial", 2019)).containsExactly("0", "0", "1", "1");
        assertThat(figures("calendar", 2019)).containsExactly("3", "1", "1", "1");
        String csv = given().get("/intelligence/case-reviews/figures.csv?basis=calendar&year=2019").then().statusCode(200)
                .header("Content-Disposition", containsString("asb-case-reviews-calendar-2019.csv")).extract().asString();
        assertThat(csv.lines().toList()).containsExactly(
                "Period,From,To,Applications received,Threshold not met,Reviews held,Reviews resulting in recommendations",
                "Calendar year 2019,2019-01-01,2019-12-31,3,1,1,1");
        given().get("/intelligence/case-reviews/figures?basis=weekly").then().statusCode(422);
        given().get("/intelligence/case-reviews/figures?year=19").then().statusCode(422);

        // On 30 May 2019 the third application, received 25 March and never acknowledged, is long overdue.
        Document list = Jsoup.parse(given().get("/intelligence/case-reviews").then().statusCode(200).extract().asString());
        String row = list.select("#reviews tr").stream().filter(r -> r.select("a[href$=" + third + "]").size() == 1).findFirst()
                .orElseThrow().text();
        assertThat(row).contains("Overdue by").contains("Due 8 April 2019");
        assertThat(second).isNotNull();
    }

    private static List<String> figures(String basis, int year) {
        Document page = Jsoup.parse(given().get("/intelligence/case-reviews/figures?basis=" + basis + "&year=" + year).then()
                .statusCode(200).extract().asString());
        return List.of(page.select("#applications").text(), page.select("#not-met").text(), page.select("#held").text(),
                page.select("#with-recommendations").text());
    }
}
