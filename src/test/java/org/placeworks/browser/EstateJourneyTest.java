package org.placeworks.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.open311.Open311Keys;
import org.placeworks.testsupport.Chromium;

/**
 * The estate officer works, in Chromium and from the keyboard, an issue a resident reported through a
 * public site's Open311 client; the Open311 API then tells that site it is fixed.
 */
@QuarkusTest
class EstateJourneyTest {

    /** On the Millbrook Estate (Riverside), which the demo estate officer's team covers. */
    private static final String INSIDE_LAT = "52.4668";
    private static final String INSIDE_LONG = "-1.1352";

    @TestHTTPResource("/")
    URL app;

    @Inject
    Open311Keys keys;

    @Test
    void theEstateOfficerWorksAnIssueThatCameThroughOpen311() {
        String id = reportThroughOpen311();

        try (Chromium browser = Chromium.open(app)) {
            browser.signIn("estate");
            browser.press("Estate issues");
            browser.select("Category", "Communal repairs");
            browser.press("Filter");
            browser.pressLinkTo("/estate/issues/" + id);
            assertThat(browser.text()).contains("The stairwell door of the flats on Wharf Street no longer closes");

            browser.choose("What to do", "Start work");
            browser.type("Note for the public (optional)", "A joiner is booked for Thursday.");
            browser.press("Update the issue");
            assertThat(browser.text()).contains("In progress");

            browser.choose("What to do", "Mark as fixed");
            browser.type("Note for the public (optional)", "The door closer has been replaced.");
            browser.press("Update the issue");
            assertThat(browser.text()).contains("Fixed");
        }

        given().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("closed"));
    }

    /** What a public site's Open311 client sends (GeoReport v2, form-encoded, with its API key). */
    private String reportThroughOpen311() {
        String key = keys.issue("Browser journey client " + UUID.randomUUID()).key();
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParam("api_key", key).formParam("service_code", "communal-repairs")
                .formParam("description", "The stairwell door of the flats on Wharf Street no longer closes.")
                .formParam("lat", INSIDE_LAT).formParam("long", INSIDE_LONG)
                .formParam("email", "resident.browser@example.net").formParam("first_name", "Ada").formParam("last_name", "Resident")
                .when().post("/open311/v2/requests.json").then().statusCode(201)
                .extract().jsonPath().getString("[0].service_request_id");
    }
}
