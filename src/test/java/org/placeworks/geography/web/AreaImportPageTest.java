package org.placeworks.geography.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The import page for areas (CSV) and boundaries (GeoJSON): all of a file or none of it. */
@QuarkusTest
class AreaImportPageTest {

    private static final String PAGE = "/admin/areas/import";
    private static final String HEADER = "kind,code,vintage,name,parent_code,deprivation_decile,residents,children,neighbourhood_codes\n";

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void thePageDocumentsBothFormats() {
        given().get(PAGE).then().statusCode(200)
                .body(containsString("parent_code"))
                .body(containsString("neighbourhood_codes"))
                .body(containsString("properties.code"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theSampleFileImportsEveryAreaIncludingParentsFromEarlierRows() throws IOException {
        String location = upload("areasFile", PAGE, sample("areas-sample.csv")).then().statusCode(303).extract().header("Location");
        assertTrue(location.endsWith("/admin/areas/import?done=areas&imported=4"), location);
        AreaView ward = places.findAreaByCode("E05000990").orElseThrow();
        AreaView green = places.findAreaByCode("E01000990").orElseThrow();
        AreaView common = places.findAreaByCode("E01000991").orElseThrow();
        AreaView estate = places.findAreaByCode("X99000190").orElseThrow();
        assertEquals(ward.id(), green.parentId());
        assertEquals(6, green.deprivationDecile());
        assertEquals(Set.of(green.id(), common.id()), places.estateNeighbourhoods(estate.id()));
        given().get(location).then().statusCode(200).body(containsString("4 areas imported"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFileWithBadRowsImportsNothingAndListsEveryBadRowByLine() {
        long before = places.areaCount();
        String ward = PlaceFixtures.code('E');
        String good = PlaceFixtures.code('E');
        String csv = HEADER
                + "ward," + ward + ",2021,Good Ward,E43000901,,,,\n"
                + "neighbourhood," + good + ",2021,Good Neighbourhood," + ward + ",4,100,20,\n"
                + "village," + PlaceFixtures.code('E') + ",2021,Bad Kind,E43000901,,,,\n"
                + "\n"
                + "neighbourhood,E123,2021,Bad Code," + ward + ",11,ten,,\n"
                + "neighbourhood," + PlaceFixtures.code('E') + ",2021,Orphan,E09999999,,,,\n";
        upload("areasFile", PAGE, csv).then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("Nothing was imported: 3 rows have problems"))
                .body(containsString("href=\"#line-4\""))
                .body(containsString("href=\"#line-6\""))
                .body(containsString("href=\"#line-7\""))
                .body(containsString("id=\"line-6\""))
                .body(containsString("Kind must be one of"))
                .body(containsString("Enter an ONS-style code"))
                .body(containsString("Deprivation decile must be between 1"))
                .body(containsString("residents must be a whole number"))
                .body(containsString("No area has the code E09999999"));
        assertEquals(before, places.areaCount());
        assertTrue(places.findAreaByCode(ward).isEmpty());
        assertTrue(places.findAreaByCode(good).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anEmptyFileOrNoFileIsRefusedClearly() {
        upload("areasFile", PAGE, "").then().statusCode(422)
                .body(containsString("href=\"#areasFile\""))
                .body(containsString("The file is empty"));
        upload("areasFile", PAGE, HEADER).then().statusCode(422)
                .body(containsString("The file has a header but no rows"));
        Forms.forgedMultipart(PAGE).multiPart("other", "x").post(PAGE).then().statusCode(422)
                .body(containsString("Select a CSV file of areas"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFileInTheWrongFormatIsRefusedClearly() {
        long before = places.areaCount();
        upload("areasFile", PAGE, "{\"type\":\"FeatureCollection\",\"features\":[]}").then().statusCode(422)
                .body(containsString("href=\"#areasFile\""))
                .body(containsString("The file looks like JSON, not CSV"));
        upload("areasFile", PAGE, "kind,code,name\nward,E05999999,Nowhere\n").then().statusCode(422)
                .body(containsString("it has no vintage, parent_code column"));
        upload("areasFile", PAGE, "kind,code,vintage,name,parent_code\nward,\"E05999999,2021,Nowhere,E43000901\n").then().statusCode(422)
                .body(containsString("not valid CSV"));
        assertEquals(before, places.areaCount());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theSampleBoundariesSetEachAreasBoundary() throws IOException {
        upload("boundariesFile", PAGE + "/boundaries", sample("boundaries-sample.geojson")).then().statusCode(303)
                .header("Location", containsString("done=boundaries&imported=2"));
        assertTrue(places.findAreaByCode("E01000907").orElseThrow().hasBoundary());
        assertTrue(places.findAreaByCode("E01000908").orElseThrow().hasBoundary());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void boundariesWithBadFeaturesSetNothingAndListEveryBadFeature() {
        String geoJson = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"E01000905"},"geometry":{"type":"Polygon","coordinates":[[[-1.5,52.4],[-1.4,52.4],[-1.4,52.5],[-1.5,52.4]]]}},
                 {"type":"Feature","properties":{"code":"E09999998"},"geometry":{"type":"Polygon","coordinates":[[[-1.5,52.4],[-1.4,52.4],[-1.4,52.5],[-1.5,52.4]]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-1.5,52.4]}}
                ]}""";
        java.util.UUID riverside = places.findAreaByCode("E01000905").orElseThrow().id();
        java.util.Optional<String> before = places.boundaryGeoJson(riverside);
        upload("boundariesFile", PAGE + "/boundaries", geoJson).then().statusCode(422)
                .body(containsString("Nothing was imported: 2 rows have problems"))
                .body(containsString("href=\"#feature-2\""))
                .body(containsString("href=\"#feature-3\""))
                .body(containsString("No area has the code E09999998"))
                .body(containsString("Give the area&#39;s code in properties.code"));
        assertEquals(before, places.boundaryGeoJson(riverside), "the demo's own boundary of Riverside is kept");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void boundariesThatAreNotGeoJsonOrEmptyAreRefused() {
        upload("boundariesFile", PAGE + "/boundaries", "code,geometry\nE01000905,nowhere\n").then().statusCode(422)
                .body(containsString("href=\"#boundariesFile\""))
                .body(containsString("The file is not GeoJSON"));
        upload("boundariesFile", PAGE + "/boundaries", "{\"type\":\"Polygon\",\"coordinates\":[]}").then().statusCode(422)
                .body(containsString("must be a GeoJSON FeatureCollection"));
        upload("boundariesFile", PAGE + "/boundaries", "").then().statusCode(422)
                .body(containsString("The file is empty"));
        upload("boundariesFile", PAGE + "/boundaries", "{\"type\":\"FeatureCollection\",\"features\":[]}").then().statusCode(422)
                .body(containsString("no features"));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void onlyAdministratorsMayImport() {
        long before = places.areaCount();
        given().redirects().follow(false).multiPart("areasFile", "areas.csv", (HEADER + "ward," + PlaceFixtures.code('E')
                + ",2021,Sneaky,E43000901,,,,\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(PAGE).then().statusCode(403);
        assertEquals(before, places.areaCount());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anImportWithoutTheCsrfTokenIsRefused() {
        long before = places.areaCount();
        given().redirects().follow(false).multiPart("areasFile", "areas.csv", (HEADER + "ward," + PlaceFixtures.code('E')
                + ",2021,Forged,E43000901,,,,\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(PAGE).then().statusCode(400);
        assertEquals(before, places.areaCount());
    }

    private static io.restassured.response.Response upload(String field, String action, String content) {
        return RenderedForm.open(PAGE, action).attach(field, "upload", content.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .submit();
    }

    static String sample(String name) throws IOException {
        try (InputStream in = AreaImportPageTest.class.getResourceAsStream("/geography/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
