package org.placeworks.estate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.EngagementActionView;
import org.placeworks.estate.EngagementCommand;
import org.placeworks.estate.EngagementFixtures;
import org.placeworks.estate.EngagementView;
import org.placeworks.estate.Engagements;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.RenderedForm;

/** The engagement pages as estate officers and managers use them, read from the rendered forms. */
@QuarkusTest
class EngagementPagesTest {

    @Inject
    EngagementFixtures fixtures;

    @Inject
    Engagements engagements;

    @Inject
    ActingAs actingAs;

    @Inject
    EntityManager em;

    @BeforeEach
    void people() {
        fixtures.people();
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerRecordsAnEventThenAddsAndCompletesAnAction() {
        LocalDate day = fixtures.today().minusDays(2);
        String location = RenderedForm.open("/estate/engagement/new").set("kind", "OTHER").set("otherName", "Quillfeather bulb planting")
                .date("heldOn", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                .set("estateId", fixtures.estate().toString()).set("neighbourhoodId", fixtures.millLane().toString())
                .set("spot", "The green by Quillfeather Court").set("attendance", "31")
                .set("attendedBy", "Housing Estate Team (2), Street Scene (1)").set("notes", "Bulbs planted along the path")
                .submit().then().statusCode(303).extract().header("Location");
        String page = location.replaceAll("^https?://[^/]+", "");
        given().get(page).then().statusCode(200).body(containsString("Quillfeather bulb planting"))
                .body(containsString("Millbrook Estate, Mill Lane: The green by Quillfeather Court")).body(containsString("31"));
        given().get("/estate/engagement?kind=OTHER").then().statusCode(200).body(containsString("Quillfeather bulb planting"));

        UUID eventId = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        RenderedForm.open(page, page + "/actions").set("description", "Quillfeather: water the new bulbs weekly")
                .set("ownerStaffId", fixtures.staffId("estate").toString())
                .date("dueOn", day.plusDays(20).getDayOfMonth(), day.plusDays(20).getMonthValue(), day.plusDays(20).getYear())
                .submit().then().statusCode(303);
        EngagementActionView action = fixtures.read(eventId).actions().get(0);
        assertThat(action.description()).isEqualTo("Quillfeather: water the new bulbs weekly");
        given().get("/estate/my-actions").then().statusCode(200).body(containsString("Quillfeather: water the new bulbs weekly"));

        RenderedForm.open(page, page + "/actions/" + action.id() + "/done").submit().then().statusCode(303);
        EngagementActionView done = fixtures.read(eventId).actions().get(0);
        assertThat(done.doneOn()).isEqualTo(fixtures.today());
        assertThat(done.doneBy()).isEqualTo("Erin Shaw");
        given().get("/estate/my-actions").then().statusCode(200).body(not(containsString("Quillfeather: water the new bulbs weekly")));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void mistakesAreNamedOnTheFormAndNothingIsSaved() {
        LocalDate tomorrow = fixtures.today().plusDays(1);
        String body = RenderedForm.open("/estate/engagement/new").set("kind", "CLEAN_UP_DAY")
                .date("heldOn", tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear())
                .set("estateId", fixtures.estate().toString()).set("spot", "Tarrowby planned clean-up").set("attendance", "12")
                .submit().then().statusCode(422).extract().asString();
        assertThat(body).contains("A planned event has no attendance yet").contains("href=\"#attendance\"");
        assertThat(eventsWithSpot("Tarrowby planned clean-up")).isZero();
        RenderedForm.open("/estate/engagement/new").set("kind", "WALKABOUT").set("estateId", fixtures.estate().toString())
                .set("attendance", "lots").set("spot", "Tarrowby bad attendance").submit().then().statusCode(422)
                .body(containsString("Attendance must be a whole number")).body(containsString("href=\"#attendance\""));
        assertThat(eventsWithSpot("Tarrowby bad attendance")).isZero();
    }

    @Test
    @TestSecurity(user = EngagementFixtures.RIVERSIDE, roles = "estate-officer")
    void aPlaceOutsideTheServicesBoundaryIsRefusedWithAFormErrorAndNothingSaved() {
        LocalDate day = fixtures.today().minusDays(1);
        // The Riverside team covers only the Riverside side of the estate: not Mill Lane, not the whole estate.
        String body = RenderedForm.open("/estate/engagement/new").set("kind", "WALKABOUT")
                .date("heldOn", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                .set("estateId", fixtures.estate().toString()).set("neighbourhoodId", fixtures.millLane().toString())
                .set("spot", "Ossington outside the boundary").set("serviceId", fixtures.riversideTeam().id().toString())
                .submit().then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(body).select(".govuk-error-summary a[href=#serviceId]").text())
                .contains("does not cover that part of Millbrook Estate");
        RenderedForm.open("/estate/engagement/new").set("kind", "WALKABOUT")
                .date("heldOn", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                .set("estateId", fixtures.estate().toString()).set("spot", "Ossington outside the boundary")
                .set("serviceId", fixtures.riversideTeam().id().toString())
                .submit().then().statusCode(422).body(containsString("does not cover all of Millbrook Estate"));
        assertThat(eventsWithSpot("Ossington outside the boundary")).isZero();
        // Inside its boundary the same team records the event.
        RenderedForm.open("/estate/engagement/new").set("kind", "WALKABOUT")
                .date("heldOn", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                .set("estateId", fixtures.estate().toString()).set("neighbourhoodId", fixtures.riverside().toString())
                .set("spot", "Ossington inside the boundary").set("serviceId", fixtures.riversideTeam().id().toString())
                .submit().then().statusCode(303);
        assertThat(eventsWithSpot("Ossington inside the boundary")).isOne();
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void aStaleEditIsRefusedAndTheOtherChangeKept() {
        UUID id = fixtures.housingEvent("Pellingham stale edit", fixtures.today().minusDays(5));
        String edit = "/estate/engagement/" + id + "/edit";
        RenderedForm opened = RenderedForm.open(edit).set("attendance", "40");
        // Meanwhile a colleague corrects the attendance.
        EngagementView before = fixtures.read(id);
        actingAs.run(EngagementFixtures.HOUSING_COLLEAGUE, Set.of(Roles.ESTATE_OFFICER), () -> engagements.change(id,
                new EngagementCommand(before.kind(), null, before.heldOn(), before.estateId(), before.neighbourhoodId(),
                        before.spot(), null, 12, before.attendedBy(), before.notes(), before.version())));
        opened.submit().then().statusCode(409).body(containsString("This event was changed by someone else"));
        assertThat(fixtures.read(id).attendance()).isEqualTo(12);
        // Opened again, the form carries the new version and the change is made.
        RenderedForm.open(edit).set("attendance", "40").submit().then().statusCode(303);
        assertThat(fixtures.read(id).attendance()).isEqualTo(40);
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void myActionsShowsOnlyTheReadersOwnOpenActionsOverdueFirst() {
        LocalDate today = fixtures.today();
        UUID id = fixtures.housingEvent("Wrenfold my actions", today.minusDays(30));
        fixtures.addAction(id, "Wrenfold: mine, due later", "estate", today.plusDays(10));
        fixtures.addAction(id, "Wrenfold: mine, overdue", "estate", today.minusDays(3));
        fixtures.addAction(id, "Wrenfold: my colleague's", EngagementFixtures.HOUSING_COLLEAGUE, today.minusDays(5));
        String body = given().get("/estate/my-actions").then().statusCode(200).extract().asString();
        assertThat(body).contains("Wrenfold: mine, due later").contains("Wrenfold: mine, overdue")
                .doesNotContain("Wrenfold: my colleague's");
        assertThat(body.indexOf("Wrenfold: mine, overdue")).isLessThan(body.indexOf("Wrenfold: mine, due later"));
        var rows = Jsoup.parse(body).select("#my-actions tr:contains(Wrenfold: mine, overdue) .govuk-tag--red");
        assertThat(rows).hasSize(1);
        assertThat(Jsoup.parse(body).select("#my-actions tr:contains(Wrenfold: mine, due later) .govuk-tag--red")).isEmpty();
    }

    @Test
    @TestSecurity(user = EngagementFixtures.STREET_SCENE, roles = "estate-officer")
    void anEstateOfficerOfAnotherServiceIsToldThereIsNoSuchEvent() {
        UUID id = fixtures.housingEvent("Brackenlow other service", fixtures.today().minusDays(4));
        given().get("/estate/engagement/" + id).then().statusCode(404);
        given().get("/estate/engagement/" + id + "/edit").then().statusCode(404);
        given().get("/estate/engagement").then().statusCode(200).body(not(containsString("Brackenlow other service")));
        // The demo's walkabout is the Housing Estate Team's too.
        UUID demo = demoWalkabout();
        given().get("/estate/engagement/" + demo).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerWhoseGroundHoldsTheEstateReadsTheEventButCannotChangeIt() {
        UUID id = demoWalkabout();
        given().get("/estate/engagement/" + id).then().statusCode(200).body(containsString("Estate walkabout"))
                .body(not(containsString("Add an action")));
        given().get("/estate/engagement/" + id + "/edit").then().statusCode(403);
        given().get("/estate/engagement").then().statusCode(200).body(containsString("Residents&#39;"));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void theEstateOfficersHomePageShowsTheirEngagementWork() {
        given().get("/").then().statusCode(200).body(containsString("Community engagement"))
                .body(containsString("href=\"/estate/my-actions\""));
        String body = given().get("/estate/my-actions").then().statusCode(200).extract().asString();
        // The demo: an overdue action from last month's walkabout, two open from this month's residents' meeting.
        assertThat(body).contains("Ask Street Scene to remove the graffiti").contains("Write to residents with the new bin store")
                .doesNotContain("Clear the mattresses");
        assertThat(Jsoup.parse(body).select("#my-actions tr:contains(Ask Street Scene to remove the graffiti) .govuk-tag--red"))
                .hasSize(1);
    }

    private UUID demoWalkabout() {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from estate_engagement_event where spot = 'Brook House, the garages and the play area'").getSingleResult());
    }

    private long eventsWithSpot(String spot) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from estate_engagement_event where spot = ?1").setParameter(1, spot).getSingleResult()).longValue());
    }
}
