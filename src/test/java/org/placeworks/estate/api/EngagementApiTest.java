package org.placeworks.estate.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.EngagementFixtures;

/** The engagement API: events, actions and "my actions", with bad input named and the access rule kept. */
@QuarkusTest
class EngagementApiTest {

    static final String EVENTS = "/api/v1/estate/engagement";

    @Inject
    EngagementFixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void people() {
        fixtures.people();
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private Map<String, Object> event(String spot, LocalDate on, Integer attendance) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "RESIDENTS_MEETING");
        body.put("heldOn", on.toString());
        body.put("estateId", fixtures.estate().toString());
        body.put("neighbourhoodId", fixtures.millLane().toString());
        body.put("spot", spot);
        body.put("serviceId", fixtures.housing().id().toString());
        body.put("attendance", attendance);
        body.put("attendedBy", "Housing Estate Team (1)");
        body.put("notes", "Residents asked about the lifts");
        return body;
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerRecordsAnEventAddsAnActionAndMarksItDone() {
        LocalDate on = fixtures.today().minusDays(3);
        String id = json().body(event("Fallowmere API meeting", on, 18)).post(EVENTS).then().statusCode(201)
                .header("Location", containsString(EVENTS + "/")).body("title", equalTo("Residents' meeting"))
                .body("place", equalTo("Millbrook Estate, Mill Lane: Fallowmere API meeting")).body("attendance", equalTo(18))
                .body("serviceName", equalTo("Housing Estate Team")).body("mayChange", equalTo(true)).extract().path("id");
        json().get(EVENTS + "?kind=RESIDENTS_MEETING&placeId=" + fixtures.millLane()).then().statusCode(200)
                .body("events.title", hasItem("Residents' meeting")).body("events.place", hasItem(containsString("Fallowmere")));

        Map<String, Object> action = Map.of("description", "Fallowmere: report the lift to repairs",
                "ownerStaffId", fixtures.staffId("estate").toString(), "dueOn", on.plusDays(7).toString());
        String actionId = json().body(action).post(EVENTS + "/" + id + "/actions").then().statusCode(201)
                .body("actions[0].description", equalTo("Fallowmere: report the lift to repairs")).extract().path("actions[0].id");
        json().get(EVENTS + "/my-actions").then().statusCode(200)
                .body("description", hasItem("Fallowmere: report the lift to repairs"));
        json().body(Map.of("version", 0)).post(EVENTS + "/" + id + "/actions/" + actionId + "/done").then().statusCode(200)
                .body("actions[0].doneOn", equalTo(fixtures.today().toString())).body("actions[0].doneBy", equalTo("Erin Shaw"));
        // Done once: marking it again is refused, whatever version is sent.
        json().body(Map.of("version", 1)).post(EVENTS + "/" + id + "/actions/" + actionId + "/done").then().statusCode(409);
        json().get(EVENTS + "/my-actions").then().statusCode(200)
                .body("description", not(hasItem("Fallowmere: report the lift to repairs")));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void badInputIsNamedFieldByFieldAndNothingIsSaved() {
        Map<String, Object> body = event("Fallowmere bad input", fixtures.today().minusDays(1), 20_000);
        body.remove("kind");
        json().body(body).post(EVENTS).then().statusCode(422).body("errors.kind", equalTo("Select the kind of event"))
                .body("errors.attendance", equalTo("Attendance must be between 0 and 10,000"));
        Map<String, Object> planned = event("Fallowmere bad input", fixtures.today().plusDays(10), 5);
        json().body(planned).post(EVENTS).then().statusCode(422).body("errors.attendance", containsString("planned event"));
        Map<String, Object> elsewhere = event("Fallowmere bad input", fixtures.today().minusDays(1), 3);
        elsewhere.put("serviceId", fixtures.riversideTeam().id().toString());
        json().body(elsewhere).post(EVENTS).then().statusCode(422).body("errors.serviceId", containsString("service you work for"));
        json().body(Map.of("kind", "PICNIC")).post(EVENTS).then().statusCode(422).body("errors.kind", notNullValue());
        json().get(EVENTS + "?kind=PICNIC").then().statusCode(422).body("errors.kind", notNullValue());
        assertThat(eventsWithSpot("Fallowmere bad input")).isZero();

        UUID id = fixtures.housingEvent("Fallowmere bad action", fixtures.today().minusDays(2));
        json().body(Map.of("description", "", "ownerStaffId", fixtures.staffId(EngagementFixtures.STREET_SCENE).toString(),
                "dueOn", fixtures.today().minusDays(30).toString())).post(EVENTS + "/" + id + "/actions").then().statusCode(422)
                .body("errors.description", equalTo("Enter what is to be done"))
                .body("errors.ownerStaffId", equalTo("Select someone who works for Housing Estate Team"))
                .body("errors.dueOn", equalTo("The due date must be on or after the day of the event"));
        assertThat(fixtures.read(id).actions()).isEmpty();
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void aStaleChangeIsRefusedAndTheServiceStays() {
        UUID id = fixtures.housingEvent("Fallowmere stale", fixtures.today().minusDays(2));
        Map<String, Object> body = event("Fallowmere stale", fixtures.today().minusDays(2), 25);
        body.put("version", 7);
        json().body(body).put(EVENTS + "/" + id).then().statusCode(409).body("detail", containsString("was changed by someone else"));
        body.put("version", 0);
        body.put("serviceId", fixtures.riversideTeam().id().toString());
        json().body(body).put(EVENTS + "/" + id).then().statusCode(422).body("errors.serviceId", containsString("stays with"));
        body.put("serviceId", fixtures.housing().id().toString());
        json().body(body).put(EVENTS + "/" + id).then().statusCode(200).body("attendance", equalTo(25)).body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = EngagementFixtures.STREET_SCENE, roles = "estate-officer")
    void anEstateOfficerOfAnotherServiceGetsNotFound() {
        UUID id = fixtures.housingEvent("Fallowmere other service", fixtures.today().minusDays(2));
        json().get(EVENTS + "/" + id).then().statusCode(404);
        Map<String, Object> body = event("Fallowmere other service", fixtures.today().minusDays(2), 1);
        body.put("version", 0);
        json().body(body).put(EVENTS + "/" + id).then().statusCode(404);
        json().body(Map.of("description", "x")).post(EVENTS + "/" + id + "/actions").then().statusCode(404);
        json().get(EVENTS).then().statusCode(200).body("events.place", not(hasItem(containsString("Fallowmere other service"))));
        assertThat(fixtures.read(id).attendance()).isEqualTo(9);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerWhoseGroundHoldsTheEstateReadsButMayNotChange() {
        UUID id = fixtures.housingEvent("Fallowmere manager", fixtures.today().minusDays(2));
        json().get(EVENTS + "/" + id).then().statusCode(200).body("mayChange", equalTo(false));
        Map<String, Object> body = event("Fallowmere manager", fixtures.today().minusDays(2), 2);
        body.put("version", 0);
        json().body(body).put(EVENTS + "/" + id).then().statusCode(403);
        assertThat(fixtures.read(id).attendance()).isEqualTo(9);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void staffWithoutAnEstateRoleAreRefused() {
        json().get(EVENTS).then().statusCode(403);
    }

    private long eventsWithSpot(String spot) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from estate_engagement_event where spot = ?1").setParameter(1, spot).getSingleResult()).longValue());
    }
}
