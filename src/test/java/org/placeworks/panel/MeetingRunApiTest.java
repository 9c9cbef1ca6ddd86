package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.MovableClock;
import org.placeworks.testsupport.Tokens;

/**
 * A panel month through the API alone, with real tokens: a worker lists a case, and on the day the chair
 * publishes the agenda, records who came, opens the meeting, decides and closes it. The clock is moved to a
 * month of its own, so that the meeting holds only this test's item.
 */
@QuarkusTest
class MeetingRunApiTest {

    private static final LocalDate LISTED_ON = LocalDate.of(2032, 3, 1);
    private static final LocalDate MEETS_ON = LocalDate.of(2032, 3, 24);

    @Inject
    PanelFixtures fixtures;

    @Inject
    Panels panels;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    private void at(LocalDate day, int hour) {
        clock.moveTo(day.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    private UUID thornburyPanel() {
        return fixtures.chair(() -> panels.visible()).stream().filter(p -> p.name().equals("Thornbury Early Help Panel"))
                .findFirst().orElseThrow().id();
    }

    @Test
    void aCaseIsListedAndTheMeetingRunThroughTheApi() {
        UUID caseId = fixtures.consentedCase("Tamsin Ellery family", Set.of("Eastmoor District Council"), Set.of());
        at(LISTED_ON, 9);
        UUID meeting = fixtures.manager(() -> panels.addMeeting(thornburyPanel(), MEETS_ON)).id();

        // Listing: only the case's own workers (one outside its boundary does not know of it), with why and what is asked.
        as("frontline").body(Map.of("caseId", caseId.toString())).post("/api/v1/agenda-items").then().statusCode(422)
                .body("errors.kind", containsString("Select why")).body("errors.note", containsString("asking the panel"));
        as("frontline2").body(Map.of("caseId", caseId.toString(), "kind", "ESCALATION", "note", "Housing crisis"))
                .post("/api/v1/agenda-items").then().statusCode(404);
        as("member").body(Map.of("caseId", caseId.toString(), "kind", "ESCALATION", "note", "Housing crisis"))
                .post("/api/v1/agenda-items").then().statusCode(403);
        String itemId = as("frontline").body(Map.of("caseId", caseId.toString(), "kind", "ESCALATION",
                        "note", "Rent arrears and a notice to quit"))
                .post("/api/v1/agenda-items").then().statusCode(201)
                .body("meetingId", equalTo(meeting.toString())).body("meetingDate", equalTo(MEETS_ON.toString()))
                .extract().path("itemId");

        // The day of the meeting: publish, attendance, open, decide, close.
        at(MEETS_ON, 9);
        String base = "/api/v1/meetings/" + meeting;
        long version = as("chair").get(base + "/agenda").then().statusCode(200).extract().jsonPath().getLong("meeting.version");
        as("chair").body(Map.of("version", version - 1)).post(base + "/publication").then().statusCode(409);
        JsonPath agenda = as("chair").body(Map.of("version", version)).post(base + "/publication").then().statusCode(200)
                .body("meeting.status", equalTo("AGENDA_PUBLISHED")).extract().jsonPath();
        List<String> agencies = agenda.getList("meeting.attendance.agencyId");
        as("chair").body(Map.of("chairPresent", true, "agencies", List.of(Map.of("status", "PRESENT")),
                        "version", agenda.getLong("meeting.version")))
                .put(base + "/attendance").then().statusCode(422).body("errors", org.hamcrest.Matchers.hasKey("agencies[0]"));
        agenda = as("chair").body(Map.of("chairPresent", true, "version", agenda.getLong("meeting.version"),
                        "agencies", agencies.stream().map(a -> Map.of("agencyId", a, "status", "PRESENT", "attendeeName", "Sam Rivers")).toList()))
                .put(base + "/attendance").then().statusCode(200).body("meeting.quorate", equalTo(true)).extract().jsonPath();
        as("chair").body(Map.of("confidentialityAcknowledged", false, "version", agenda.getLong("meeting.version")))
                .post(base + "/session").then().statusCode(422);
        agenda = as("chair").body(Map.of("confidentialityAcknowledged", true, "version", agenda.getLong("meeting.version")))
                .post(base + "/session").then().statusCode(200).body("meeting.status", equalTo("IN_SESSION"))
                .body("items.id", hasItem(itemId)).extract().jsonPath();
        long itemVersion = agenda.getLong("items.find { it.id == '" + itemId + "' }.version");
        as("chair").body(Map.of("decision", "AGREE_SUPPORT_PACKAGE", "rationale", "Housing and early help together",
                "version", itemVersion)).post(base + "/items/" + itemId + "/decision").then().statusCode(200);
        long closing = as("chair").get(base + "/agenda").then().extract().jsonPath().getLong("meeting.version");
        as("frontline").body(Map.of("version", closing)).post(base + "/closure").then().statusCode(403);
        as("chair").body(Map.of("version", closing)).post(base + "/closure").then().statusCode(200);
        as("chair").get(base + "/agenda").then().body("meeting.status", equalTo("CLOSED"));
    }
}
