package org.placeworks.geography.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.RenderedForm;

/**
 * Boundaries uploaded as a GeoJSON FeatureCollection through the import page's form, as rendered,
 * then read back: the areas hold the polygons sent, and the places list says their boundary is set.
 */
@QuarkusTest
class AreaBoundaryUploadPageTest {

    private static final String PAGE = "/admin/areas/import";

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void uploadedBoundariesAreKeptAndShown() {
        String ward = PlaceFixtures.code('E');
        String north = PlaceFixtures.code('E');
        String south = PlaceFixtures.code('E');
        String areas = "kind,code,vintage,name,parent_code,deprivation_decile,residents,children,neighbourhood_codes\n"
                + "ward," + ward + ",2021,Upload Ward " + ward + ",E43000901,,,,\n"
                + "neighbourhood," + north + ",2021,Upload North " + north + "," + ward + ",5,1200,240,\n"
                + "neighbourhood," + south + ",2021,Upload South " + south + "," + ward + ",6,900,180,\n";
        RenderedForm.open(PAGE, PAGE).attach("areasFile", "areas.csv", bytes(areas), "text/csv").submit().then().statusCode(303);
        String geoJson = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"%s"},"geometry":{"type":"Polygon","coordinates":[[[-1.61,52.41],[-1.60,52.41],[-1.60,52.42],[-1.61,52.42],[-1.61,52.41]]]}},
                 {"type":"Feature","properties":{"code":"%s"},"geometry":{"type":"Polygon","coordinates":[[[-1.61,52.40],[-1.60,52.40],[-1.60,52.41],[-1.61,52.41],[-1.61,52.40]]]}}
                ]}""".formatted(north, south);

        String location = RenderedForm.open(PAGE, PAGE + "/boundaries")
                .attach("boundariesFile", "boundaries.geojson", bytes(geoJson), "application/geo+json").submit()
                .then().statusCode(303).header("Location", endsWith("done=boundaries&imported=2")).extract().header("Location");

        given().get(location).then().statusCode(200).body(containsString("2 boundaries set"));
        AreaView northArea = places.findAreaByCode(north).orElseThrow();
        AreaView southArea = places.findAreaByCode(south).orElseThrow();
        assertThat(northArea.hasBoundary()).isTrue();
        assertThat(southArea.hasBoundary()).isTrue();
        assertThat(places.boundaryGeoJson(northArea.id()).orElseThrow()).contains("52.42");
        assertThat(places.boundaryGeoJson(southArea.id()).orElseThrow()).contains("52.4").doesNotContain("52.42");
        assertThat(places.findAreaByCode(ward).orElseThrow().hasBoundary()).as("an area the file did not name is untouched").isFalse();
        given().get("/admin/areas/" + northArea.id()).then().statusCode(200).body(containsString("Upload North " + north));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
