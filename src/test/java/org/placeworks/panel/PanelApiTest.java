package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.Tokens;

/** The panel over the API, with real tokens from Keycloak. */
@QuarkusTest
class PanelApiTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Thornbury thornbury;

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @Test
    void theChairListsTheirPanelsAndReadsAnAgenda() {
        as("chair").get("/api/v1/panels").then().statusCode(200).body("name", hasItem("Thornbury Early Help Panel"));
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        fixtures.listItem(meeting, fixtures.anyCase(), "Larch family");
        as("chair").get("/api/v1/panels/" + panel.id() + "/meetings").then().statusCode(200);
        as("chair").get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200)
                .body("items[0].familyName", equalTo("Larch family")).body("items[0].slot", equalTo("09:30:00"));
    }

    @Test
    void aDecisionOnAMeetingNotInSessionIsAConflict() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Yew family");
        as("chair").body(Map.of("decision", "CLOSE", "rationale", "Needs met", "version", fixtures.itemVersion(item)))
                .post("/api/v1/meetings/" + meeting + "/items/" + item + "/decision").then().statusCode(409)
                .body("detail", containsString("in session"));
    }

    @Test
    void aDecisionWithoutAQuorumIsAConflictAndWithOneItIsRecorded() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Pine family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 1);
        fixtures.start(meeting);
        as("chair").body(Map.of("decision", "CLOSE", "rationale", "Needs met", "version", fixtures.itemVersion(item)))
                .post("/api/v1/meetings/" + meeting + "/items/" + item + "/decision").then().statusCode(409)
                .body("detail", containsString("not quorate"));
        fixtures.attend(meeting, panel, 3);
        as("chair").body(Map.of("decision", "AGREE_SUPPORT_PACKAGE", "rationale", "Agreed", "version", fixtures.itemVersion(item)))
                .post("/api/v1/meetings/" + meeting + "/items/" + item + "/decision").then().statusCode(200)
                .body("decision", equalTo("AGREE_SUPPORT_PACKAGE"));
        as("chair").body(Map.of("description", "Call the school", "ownerId", thornbury.member("frontline").id().toString(),
                "dueOn", "2206-01-01"))
                .post("/api/v1/meetings/" + meeting + "/items/" + item + "/actions").then().statusCode(422)
                .body("errors.dueOn", containsString("The due date must be before"));
        as("chair").body(Map.of("description", "Call the school", "ownerId", thornbury.member("frontline").id().toString(),
                "dueOn", fixtures.today().plusDays(3).toString()))
                .post("/api/v1/meetings/" + meeting + "/items/" + item + "/actions").then().statusCode(201)
                .body("agencyName", equalTo("Eastmoor District Council"));
        as("chair").body(Map.of("decision", "CLOSE", "rationale", "Stale", "version", 0))
                .post("/api/v1/meetings/" + meeting + "/items/" + item + "/decision").then().statusCode(409)
                .body("detail", containsString("was changed by someone else"));
        as("chair").get("/api/v1/panel-actions").then().statusCode(200).body("description", hasItem("Call the school"));
    }

    @Test
    void aFrontlineWorkerHasNoPanelApiAndAnUnknownMeetingIsNotFound() {
        as("frontline").get("/api/v1/panels").then().statusCode(403);
        as("chair").get("/api/v1/meetings/" + UUID.randomUUID() + "/agenda").then().statusCode(404);
        given().get("/api/v1/panels").then().statusCode(401);
    }
}
