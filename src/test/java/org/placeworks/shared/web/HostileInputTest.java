package org.placeworks.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/**
 * Input a careless or hostile user sends: characters that cannot be stored, forms without a
 * content type. Every route answers with a clear 4xx naming the field, never a 500.
 */
@QuarkusTest
class HostileInputTest {

    private static final String NUL = "\u0000";

    @TestHTTPResource("/")
    URL root;
    private static final String EVERYONE = "admin";

    @ParameterizedTest(name = "GET {0} with a NUL in {1}")
    @CsvSource({
            "/api/v1/people, name",
            "/api/v1/people, postcode",
            "/api/v1/addresses, q",
            "/api/v1/coverage, q",
            "/api/v1/areas, kind",
            "/api/v1/cases, status",
            "/families, name",
            "/families, postcode",
            "/families/new, name",
            "/families/new, addressQuery",
            "/admin/addresses, q",
            "/coverage, q",
            "/cases, status",
            "/cases, scope",
            "/panel/bring, caseId",
            "/admin/areas/import, done",
    })
    @TestSecurity(user = EVERYONE, roles = { "admin", "frontline", "lead-professional", "panel-chair", "panel-member", "manager" })
    void aNulInASearchIsRefusedNamingTheParameter(String path, String parameter) {
        Response response = given().redirects().follow(false).queryParam(parameter, "a" + NUL).when().get(path);
        assertThat(response.statusCode()).as(path).isIn(400, 422);
        if (path.startsWith("/api/")) {
            assertThat(response.jsonPath().getString("errors." + parameter)).as(path).contains(parameter);
        } else {
            assertThat(response.body().asString()).as(path).contains("There is a problem").contains(parameter);
        }
    }

    @ParameterizedTest(name = "POST {0} with a NUL in {1}")
    @CsvSource({
            "/admin/agencies, name",
            "/admin/services/new, name",
            "/admin/services/new, description",
            "/admin/staff/invite, givenName",
            "/admin/areas/new, name",
            "/admin/addresses/new, line1",
            "/grants/funds/new, name",
            "/families/new?addressQuery=Market, name",
            "/panel/new, name",
    })
    @TestSecurity(user = EVERYONE, roles = { "admin", "frontline", "lead-professional", "panel-chair", "panel-member", "manager" })
    void aNulInAFormFieldIsRefusedNamingTheField(String page, String field) {
        Response response = RenderedForm.holding(page, field).set(field, "Hale" + NUL + "wood").submit();
        assertThat(response.statusCode()).as(page).isEqualTo(422);
        // The error summary links to the field and says what is wrong with it.
        assertThat(response.body().asString()).as(page).contains("There is a problem").contains("href=\"#" + field + "\"")
                .contains("must not contain control characters")
                .doesNotContain("Sorry, there is a problem with the service");
    }

    @ParameterizedTest(name = "POST {0} without a content type")
    @ValueSource(strings = { "/admin/agencies", "/admin/services", "/families/new", "/panel/new", "/cases/new",
            "/grants/funds", "/admin/areas" })
    @TestSecurity(user = EVERYONE, roles = { "admin", "frontline", "lead-professional", "panel-chair", "panel-member", "manager" })
    void aFormWithoutAContentTypeIsRefused(String path) throws Exception {
        // A raw client: REST Assured would add a content type of its own.
        HttpClient client = HttpClient.newHttpClient();
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofString("name=Anything"),
                HttpRequest.BodyPublishers.noBody())) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(root.toURI().resolve(path)).POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Type")).as(path).isNotEmpty();
            assertThat(response.statusCode()).as(path).isIn(400, 415);
            assertThat(response.body()).as(path).doesNotContain("Exception");
        }
    }

    @Test
    @TestSecurity(user = EVERYONE, roles = { "admin", "frontline" })
    void aFormPostedAsJsonStillNeedsItsCsrfToken() {
        given().redirects().follow(false).contentType("application/json").body("{\"name\":\"Sneaky\",\"kind\":\"CHARITY\"}")
                .when().post("/admin/agencies").then().statusCode(either(equalTo(400)).or(equalTo(415)));
        given().redirects().follow(false).contentType("text/plain").body("name=Sneaky&kind=CHARITY")
                .when().post("/admin/agencies").then().statusCode(either(equalTo(400)).or(equalTo(415)));
    }

    @Test
    @TestSecurity(user = EVERYONE, roles = { "admin", "frontline" })
    void aNulInAJsonFieldIsRefusedNamingTheField() {
        given().log().ifValidationFails().contentType("application/json").body(Map.of("name", "Bad" + NUL + "Agency", "kind", "VOLUNTARY"))
                .when().post("/api/v1/agencies").then().log().ifValidationFails().statusCode(422)
                .body("errors.name", containsString("control characters"));
        given().contentType("application/json").body(Map.of("name", "\u202eycnegA", "kind", "VOLUNTARY"))
                .when().post("/api/v1/agencies").then().statusCode(422)
                .body("errors.name", containsString("direction"));
        given().contentType("application/json").body("{\"name\":\"Lone \\ud800 surrogate\",\"kind\":\"VOLUNTARY\"}")
                .when().post("/api/v1/agencies").then().statusCode(422)
                .body("errors.name", containsString("cannot be stored"))
                .body(not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = EVERYONE, roles = { "frontline", "lead-professional" })
    void penceWithAFractionAreRefusedNotTruncated() {
        given().contentType("application/json").body("{\"amountPence\": 12.75, \"item\": \"School shoes\"}")
                .when().post("/api/v1/grant-requests").then().statusCode(422)
                .body("errors.amountPence", containsString("whole number"));
    }

    @Test
    @TestSecurity(user = EVERYONE, roles = { "admin" })
    void deeplyNestedJsonIsRefusedClearly() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"E05000901\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + deep + "}}]}";
        given().contentType("application/geo+json").body(geoJson).when().post("/api/v1/imports/boundaries")
                .then().statusCode(either(equalTo(400)).or(equalTo(422)))
                .body("errors.file", containsString("nested"));
        given().contentType("application/json").body("{\"name\":" + deep + "}").when().post("/api/v1/agencies")
                .then().statusCode(either(equalTo(400)).or(equalTo(422)))
                .body(not(containsString("Exception")));
        Forms.multipartFrom("/admin/areas/import").multiPart("boundariesFile", "deep.geojson", geoJson.getBytes(), "application/geo+json")
                .post("/admin/areas/import/boundaries").then().statusCode(422)
                .body(containsString("nested deeper"));
    }

    @Test
    @TestSecurity(user = EVERYONE, roles = { "admin" })
    void anApiPostWithoutAContentTypeIsRefused() {
        Response response = given().body("{\"name\":\"Anything\"}".getBytes()).when().post("/api/v1/agencies");
        assertThat(response.statusCode()).isIn(400, 415);
    }
}
