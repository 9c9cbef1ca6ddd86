package org.placeworks.geography.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;

/** The areas API: staff read, administrators write; bad input is a 422 problem naming the field. */
@QuarkusTest
class AreasApiTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-1.5,52.4],[-1.49,52.4],[-1.49,52.41],[-1.5,52.4]]]}";

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anyStaffMemberCanListAndReadAreas() {
        given().get("/api/v1/areas").then().statusCode(200)
                .body("code", hasItem("E01000901"))
                .body("code", hasItem("X99000101"));
        given().queryParam("kind", "ward").get("/api/v1/areas").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.hasItems("Northgate", "Southbank")).body("kind", everyItem(equalTo("WARD")));
        AreaView n = area("E01000904");
        given().get("/api/v1/areas/" + n.id()).then().statusCode(200)
                .body("code", equalTo("E01000904")).body("deprivationDecile", equalTo(1))
                .body("parentName", equalTo("Northgate")).body("version", notNullValue());
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anUnknownKindIsBadInput() {
        given().queryParam("kind", "county").get("/api/v1/areas").then().statusCode(422)
                .body("errors", hasKey("kind"));
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        given().get("/api/v1/areas").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/areas").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "nobody", roles = "visitor")
    void aSignedInUserWithNoStaffRoleIsRefused() {
        given().get("/api/v1/areas").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anUnknownAreaIs404() {
        given().get("/api/v1/areas/" + UUID.randomUUID()).then().statusCode(404).body("status", equalTo(404));
        given().get("/api/v1/areas/" + UUID.randomUUID() + "/boundary").then().statusCode(404);
        given().get("/api/v1/areas/not-a-uuid").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anAreaWithoutABoundaryHasNoBoundaryToGet() {
        given().get("/api/v1/areas/" + newNeighbourhood().id() + "/boundary").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBoundaryThatCrossesItselfIsRefused() {
        AreaView area = newNeighbourhood();
        String figureOfEight = "{\"type\":\"Polygon\",\"coordinates\":[[[-1.5,52.4],[-1.49,52.41],[-1.49,52.4],[-1.5,52.41],[-1.5,52.4]]]}";
        given().contentType("application/geo+json").body(figureOfEight).put("/api/v1/areas/" + area.id() + "/boundary")
                .then().statusCode(422).body("errors.boundary", containsString("crosses itself"));
        given().get("/api/v1/areas/" + area.id() + "/boundary").then().statusCode(404);
        String collection = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\""
                + area.code() + "\"},\"geometry\":" + figureOfEight + "}]}";
        given().contentType("application/geo+json").body(collection).post("/api/v1/imports/boundaries")
                .then().statusCode(422).body(containsString("crosses itself"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBoundaryIsServedAsAGeoJsonFeature() {
        AreaView area = newNeighbourhood();
        given().contentType("application/geo+json").body(SQUARE).put("/api/v1/areas/" + area.id() + "/boundary")
                .then().statusCode(200).body("hasBoundary", equalTo(true));
        given().get("/api/v1/areas/" + area.id() + "/boundary").then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("Feature"))
                .body("properties.code", equalTo(area.code()))
                .body("geometry.type", equalTo("Polygon"));
        given().contentType("application/geo+json").body("{\"type\":\"Point\",\"coordinates\":[0,0]}")
                .put("/api/v1/areas/" + area.id() + "/boundary").then().statusCode(422).body("errors", hasKey("boundary"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorCreatesAnArea() {
        String code = PlaceFixtures.code('E');
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "NEIGHBOURHOOD", "code", code, "vintage", 2021, "name", "API Fields",
                        "parentId", ward().id().toString(), "deprivationDecile", 2, "residentPopulation", 900))
                .post("/api/v1/areas").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/areas/" + places.findAreaByCode(code).map(a -> a.id().toString()).orElse("")))
                .body("code", equalTo(code)).body("kind", equalTo("NEIGHBOURHOOD"))
                .extract().path("id");
        assertEquals("API Fields", places.area(UUID.fromString(id)).name());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBadAreaIsA422ProblemNamingEachFieldAndNothingIsSaved() {
        long before = places.areaCount();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "NEIGHBOURHOOD", "code", "E1", "vintage", 2021, "name", "", "parentId", ward().id().toString(),
                        "deprivationDecile", 0))
                .post("/api/v1/areas").then().statusCode(422)
                .contentType(ContentType.JSON)
                .body("status", equalTo(422))
                .body("title", notNullValue())
                .body("errors", hasKey("code")).body("errors", hasKey("name")).body("errors", hasKey("deprivationDecile"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "county", "code", PlaceFixtures.code('E')))
                .post("/api/v1/areas").then().statusCode(422).body("errors", hasKey("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "WARD", "parentId", "nope"))
                .post("/api/v1/areas").then().statusCode(422).body("errors", hasKey("parentId"));
        assertEquals(before, places.areaCount());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void malformedJsonIsRefusedNeverA500() {
        long before = places.areaCount();
        int status = given().contentType(ContentType.JSON).body("{\"kind\": \"WARD\", \"vintage\": \"soon\"")
                .post("/api/v1/areas").then().extract().statusCode();
        assertTrue(status == 400 || status == 422, "status " + status);
        status = given().contentType(ContentType.JSON).body("{\"kind\": \"WARD\", \"vintage\": \"soon\"}")
                .post("/api/v1/areas").then().extract().statusCode();
        assertTrue(status == 400 || status == 422, "status " + status);
        given().contentType(ContentType.JSON).body("").post("/api/v1/areas").then().statusCode(422);
        assertEquals(before, places.areaCount());
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void frontlineStaffCannotWriteAreas() {
        AreaView area = newNeighbourhood();
        long before = places.areaCount();
        given().contentType(ContentType.JSON).body(Map.of("kind", "WARD", "code", PlaceFixtures.code('E'), "vintage", 2021,
                "name", "Sneaky", "parentId", ward().parentId().toString()))
                .post("/api/v1/areas").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("kind", "NEIGHBOURHOOD", "code", area.code(), "vintage", 2021,
                "name", "Sneaky", "parentId", ward().id().toString(), "version", area.version()))
                .put("/api/v1/areas/" + area.id()).then().statusCode(403);
        given().contentType("application/geo+json").body(SQUARE).put("/api/v1/areas/" + area.id() + "/boundary").then().statusCode(403);
        assertEquals(before, places.areaCount());
        assertEquals("API Test Fields", places.area(area.id()).name());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorChangesAnAreaWithItsVersion() {
        AreaView area = newNeighbourhood();
        given().contentType(ContentType.JSON).body(change(area, "Renamed by API", area.version()))
                .put("/api/v1/areas/" + area.id()).then().statusCode(200)
                .body("name", equalTo("Renamed by API")).body("version", equalTo((int) area.version() + 1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aStaleOrMissingVersionIsRefused() {
        AreaView area = newNeighbourhood();
        places.updateArea(area.id(), new AreaCommand(AreaKind.NEIGHBOURHOOD, area.code(), 2021, "Changed Meanwhile",
                area.parentId(), null, null, null, area.version()));
        given().contentType(ContentType.JSON).body(change(area, "Late", area.version()))
                .put("/api/v1/areas/" + area.id()).then().statusCode(409).body("status", equalTo(409));
        given().contentType(ContentType.JSON).body(change(area, "Late", null))
                .put("/api/v1/areas/" + area.id()).then().statusCode(422).body("errors", hasKey("version"));
        assertEquals("Changed Meanwhile", places.area(area.id()).name());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void changingAnUnknownAreaIs404() {
        AreaView area = newNeighbourhood();
        given().contentType(ContentType.JSON).body(change(area, "Ghost", area.version()))
                .put("/api/v1/areas/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static Map<String, Object> change(AreaView area, String name, Long version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "NEIGHBOURHOOD", "code", area.code(), "vintage", 2021,
                "name", name, "parentId", area.parentId().toString()));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private AreaView area(String code) {
        return places.findAreaByCode(code).orElseThrow();
    }

    private AreaView ward() {
        return area("E05000902");
    }

    private AreaView newNeighbourhood() {
        return places.createArea(new AreaCommand(AreaKind.NEIGHBOURHOOD, PlaceFixtures.code('E'), 2021, "API Test Fields",
                ward().id(), 5, 1000, 200, null));
    }
}
