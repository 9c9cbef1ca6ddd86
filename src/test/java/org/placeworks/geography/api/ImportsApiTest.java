package org.placeworks.geography.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;

/** The imports API: a JSON report for a good file; 422 with every bad row for a bad one, and nothing saved. */
@QuarkusTest
class ImportsApiTest {

    private static final String AREAS = "kind,code,vintage,name,parent_code,deprivation_decile,residents,children\n";
    private static final String ADDRESSES = "uprn,line1,line2,town,postcode,neighbourhood_code,estate_code\n";

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aGoodAreasFileIsImportedWithAReport() {
        String ward = PlaceFixtures.code('E');
        String neighbourhood = PlaceFixtures.code('E');
        given().contentType("text/csv").body(AREAS + "ward," + ward + ",2021,API Ward,E43000901,,,\n"
                + "neighbourhood," + neighbourhood + ",2021,API Neighbourhood," + ward + ",7,1200,250\n")
                .post("/api/v1/imports/areas").then().statusCode(200)
                .body("kind", equalTo("areas")).body("rows", equalTo(2)).body("imported", equalTo(2))
                .body("problems.size()", equalTo(0));
        assertEquals(7, places.findAreaByCode(neighbourhood).orElseThrow().deprivationDecile());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAreasFileWithBadRowsImportsNothingAndListsEachByLine() {
        long before = places.areaCount();
        String ward = PlaceFixtures.code('E');
        given().contentType("text/csv").body(AREAS + "ward," + ward + ",2021,API Ward,E43000901,,,\n"
                + "ward," + ward + ",2021,Same Code,E43000901,,,\n"
                + "neighbourhood," + PlaceFixtures.code('E') + ",1800,Too Old," + ward + ",,,\n")
                .post("/api/v1/imports/areas").then().statusCode(422)
                .contentType("application/json")
                .body("status", equalTo(422))
                .body("errors", hasKey("line-3")).body("errors", hasKey("line-4"))
                .body("report.imported", equalTo(0))
                .body("report.problems.line", hasItems(3, 4))
                .body("report.problems.field", hasItems("code", "vintage"));
        assertEquals(before, places.areaCount());
        assertTrue(places.findAreaByCode(ward).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aGoodAddressesFileIsImported() {
        String uprn = PlaceFixtures.uprn();
        given().contentType("text/csv").body(ADDRESSES + uprn + ",1 Osier Close,,Thornbury,TB2 1DE,E01000905,X99000101\n")
                .post("/api/v1/imports/addresses").then().statusCode(200)
                .body("imported", equalTo(1));
        assertEquals("Millbrook Estate", places.addressByUprn(Long.parseLong(uprn)).orElseThrow().estateName());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAddressesFileWithBadRowsImportsNothing() {
        long before = places.addressCount();
        String good = PlaceFixtures.uprn();
        given().contentType("text/csv").body(ADDRESSES + good + ",1 Road,,Thornbury,TB2 1DE,E01000905,\n"
                + PlaceFixtures.uprn() + ",2 Road,,Thornbury,TB2 1DE,E09999997,\n")
                .post("/api/v1/imports/addresses").then().statusCode(422)
                .body("report.problems[0].line", equalTo(3))
                .body("report.problems[0].field", equalTo("neighbourhood_code"));
        assertEquals(before, places.addressCount());
        assertTrue(places.addressByUprn(Long.parseLong(good)).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void emptyAndWronglyFormattedFilesAreRefused() {
        given().contentType("text/csv").body("").post("/api/v1/imports/areas").then().statusCode(422)
                .body("errors.file", containsString("empty"));
        given().contentType("text/csv").body("name,postcode\nx,TB1 1AA\n").post("/api/v1/imports/addresses").then().statusCode(422)
                .body("errors.file", containsString("header"));
        given().contentType("application/json").body("{\"not\":\"csv\"}").post("/api/v1/imports/areas").then().statusCode(415);
        given().contentType("application/geo+json").body("not json").post("/api/v1/imports/boundaries").then().statusCode(422)
                .body("errors.file", containsString("not GeoJSON"));
        given().contentType("application/json").body("").post("/api/v1/imports/boundaries").then().statusCode(422)
                .body("errors.file", containsString("empty"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void boundariesAreImportedOrRefusedByFeature() {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[-1.5,52.4],[-1.49,52.4],[-1.49,52.41],[-1.5,52.4]]]}";
        given().contentType("application/json").body("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"E05000902\"},\"geometry\":" + square + "}]}")
                .post("/api/v1/imports/boundaries").then().statusCode(200).body("imported", equalTo(1));
        assertTrue(places.findAreaByCode("E05000902").orElseThrow().hasBoundary());
        // The demo town has its own boundary: a refused import leaves it as it was.
        String townBefore = places.boundaryGeoJson(places.findAreaByCode("E43000901").orElseThrow().id()).orElse(null);
        given().contentType("application/geo+json").body("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"E43000901\"},\"geometry\":" + square + "},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"E43000901\"},\"geometry\":" + square + "},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"E07000901\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1]]]}}]}")
                .post("/api/v1/imports/boundaries").then().statusCode(422)
                .body("report.problems.feature", hasItems(2, 3));
        assertEquals(townBefore, places.boundaryGeoJson(places.findAreaByCode("E43000901").orElseThrow().id()).orElse(null));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void onlyAdministratorsMayImport() {
        long before = places.areaCount();
        given().contentType("text/csv").body(AREAS + "ward," + PlaceFixtures.code('E') + ",2021,Sneaky,E43000901,,,\n")
                .post("/api/v1/imports/areas").then().statusCode(403);
        assertEquals(before, places.areaCount());
    }

    @Test
    void withoutATokenImportsAnswer401() {
        given().contentType("text/csv").body(AREAS).post("/api/v1/imports/areas").then().statusCode(401);
    }
}
