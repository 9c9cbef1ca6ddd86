package org.placeworks.family.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.placeworks.family.FamilyFixtures.addPerson;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.family;
import static org.placeworks.family.FamilyFixtures.person;
import static org.placeworks.family.FamilyFixtures.surname;
import static org.placeworks.family.FamilyFixtures.token;
import static org.placeworks.family.FamilyFixtures.with;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.Places;
import org.placeworks.organisation.Thornbury;

/** Moves over the API: the address history, a place without a UPRN in a chosen neighbourhood, and every refusal. */
@QuarkusTest
class FamilyMovesApiTest {

    /** Riverside (Southbank ward): covered by Family Support Thornbury and School Nursing Southbank. */
    static final long RIVERSIDE = 100090000182L;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    Thornbury thornbury;

    private UUID familyId;

    @BeforeEach
    void aFamilyInRiverside() {
        FamilyFixtures.useApp(root);
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        String name = surname();
        familyId = family("frontline2", address(places, RIVERSIDE), name + " family");
        addPerson("frontline2", familyId, with(with(person("Ottoline", name, "1983-09-14"), "relationship", "PARENT"), "confirmedNew", true));
    }

    @Test
    void aFamilyWithNoFixedAbodeIsPlacedInTheNeighbourhoodChosenWhichDecidesWhoSeesThem() {
        UUID marketPlace = FamilyFixtures.read(() -> thornbury.area("Market Place").id());
        as("frontline2").body(move("NO_FIXED_ABODE", null, "Sofa-surfing with an aunt near the market", marketPlace,
                LocalDate.now(), version("frontline2"))).post("/api/v1/families/" + familyId + "/moves")
                .then().statusCode(200).body("placeKind", equalTo("NO_FIXED_ABODE"))
                .body("address.line1", equalTo("Sofa-surfing with an aunt near the market"))
                .body("address.neighbourhoodName", equalTo("Market Place"))
                .body("residences[1].kind", equalTo("HOME"));
        // Market Place is Northgate: School Nursing Southbank no longer covers the family; Family Support does.
        as("frontline2").get("/api/v1/families/" + familyId).then().statusCode(404);
        as("frontline").get("/api/v1/families/" + familyId).then().statusCode(200).body("placeKind", equalTo("NO_FIXED_ABODE"))
                .body("address.neighbourhoodName", equalTo("Market Place"));
    }

    @Test
    void temporaryAccommodationWithoutAUprnStaysWithTheServiceThatCoversItsNeighbourhood() {
        UUID riverside = FamilyFixtures.read(() -> thornbury.area("Riverside").id());
        as("frontline2").body(move("TEMPORARY", null, "Room 4, Station Road hostel", riverside, LocalDate.now(), version("frontline2")))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(200).body("placeKind", equalTo("TEMPORARY"));
        as("frontline2").get("/api/v1/families/" + familyId).then().statusCode(200)
                .body("address.line1", equalTo("Room 4, Station Road hostel")).body("residences.size()", equalTo(2));
    }

    @Test
    void aPlaceOutsideEveryBoundaryIsRefusedAndNothingIsSaved() {
        UUID uncovered = FamilyFixtures.read(() -> thornbury.uncoveredNeighbourhood().id());
        long version = version("frontline2");
        as("frontline2").body(move("NO_FIXED_ABODE", null, "A tent by the reservoir", uncovered, LocalDate.now(), version))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(422)
                .body("errors.areaId", containsString("No service delivering early help covers this neighbourhood"));
        UUID farAway = FamilyFixtures.read(() -> places.addressByUprn(900000000123L).orElseGet(() -> places.createAddress(
                new AddressCommand("900000000123", "1 Reservoir Lane", null, "Eastbrook", "EB1 1AA", uncovered, null, null))).id());
        as("frontline2").body(move("HOME", farAway, null, null, LocalDate.now(), version))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(422)
                .body("errors.addressId", containsString("No service delivering early help covers this address"));
        as("frontline2").get("/api/v1/families/" + familyId).then().statusCode(200).body("residences.size()", equalTo(1))
                .body("version", equalTo((int) version));
    }

    @Test
    void badInputIsNamedFieldByField() {
        long version = version("frontline2");
        as("frontline2").body(move(null, null, null, null, null, version)).post("/api/v1/families/" + familyId + "/moves")
                .then().statusCode(422).body("errors", hasKey("kind")).body("errors", hasKey("movedOn"));
        as("frontline2").body(move("NO_FIXED_ABODE", null, " ", null, LocalDate.now().plusDays(3), version))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(422)
                .body("errors", hasKey("description")).body("errors", hasKey("areaId"))
                .body("errors.movedOn", containsString("today or in the past"));
        as("frontline2").body(move("HOME", address(places, RIVERSIDE), null, null, LocalDate.now(), version))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(422)
                .body("errors.addressId", containsString("already lives at this address"));
        as("frontline2").body(move("HOME", null, null, null, LocalDate.now().minusYears(30), version))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(422)
                .body("errors", hasKey("addressId")).body("errors.movedOn", containsString("on or after"));
    }

    @Test
    void aStaleMoveIsRefusedWith409() {
        long version = version("frontline2");
        UUID other = address(places, RIVERSIDE + 1);
        as("frontline2").body(move("HOME", other, null, null, LocalDate.now(), version)).post("/api/v1/families/" + familyId + "/moves")
                .then().statusCode(200);
        as("frontline2").body(move("HOME", address(places, RIVERSIDE + 2), null, null, LocalDate.now(), version))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(409);
        as("frontline2").get("/api/v1/families/" + familyId).then().statusCode(200).body("address.id", equalTo(other.toString()));
    }

    @Test
    void whoMayNotMoveTheFamilyIsRefusedBeforeAnythingIsRead() {
        // Outside the police officer's strand: the family does not exist for them, whatever was sent.
        as("member").body(Map.of()).post("/api/v1/families/" + familyId + "/moves").then().statusCode(404);
        as("frontline2").body(Map.of()).post("/api/v1/families/" + UUID.randomUUID() + "/moves").then().statusCode(404);
        // Shared to read only: refused (403) before the body is judged.
        UUID panelMember = FamilyFixtures.read(() -> thornbury.member("member").id());
        FamilyFixtures.share("frontline2", familyId, panelMember);
        as("member").body(Map.of()).post("/api/v1/families/" + familyId + "/moves").then().statusCode(403);
    }

    @Test
    void aFamilyWithNoFixedAbodeIsRegisteredInANeighbourhoodTheWorkerCovers() {
        UUID riverside = FamilyFixtures.read(() -> thornbury.area("Riverside").id());
        UUID marketPlace = FamilyFixtures.read(() -> thornbury.area("Market Place").id());
        Map<String, Object> body = new HashMap<>();
        body.put("name", surname() + " family");
        body.put("kind", "NO_FIXED_ABODE");
        body.put("description", "Sleeping at a friend's on Ferry Lane");
        body.put("areaId", riverside.toString());
        as("frontline2").body(body).post("/api/v1/families").then().statusCode(201).body("placeKind", equalTo("NO_FIXED_ABODE"))
                .body("address.line1", equalTo("Sleeping at a friend's on Ferry Lane")).body("residences.size()", equalTo(1));
        body.put("areaId", marketPlace.toString());
        as("frontline2").body(body).post("/api/v1/families").then().statusCode(422)
                .body("errors.areaId", containsString("outside your service's boundary"));
        body.put("areaId", null);
        body.put("description", " ");
        as("frontline2").body(body).post("/api/v1/families").then().statusCode(422)
                .body("errors", hasKey("areaId")).body("errors", hasKey("description"));
    }

    private RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    private long version(String user) {
        return ((Number) as(user).get("/api/v1/families/" + familyId).then().statusCode(200).extract().path("version")).longValue();
    }

    private static Map<String, Object> move(String kind, UUID addressId, String description, UUID areaId, LocalDate on, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("addressId", addressId == null ? null : addressId.toString());
        body.put("description", description);
        body.put("areaId", areaId == null ? null : areaId.toString());
        body.put("movedOn", on == null ? null : on.toString());
        body.put("version", version);
        return body;
    }
}
