package org.placeworks.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The running app: health, metrics, the API description, the layout and the error pages. */
@QuarkusTest
class PlatformTest {

    @Test
    void readinessChecksTheDatabaseAndKeycloak() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections"))
                .body(containsString("Keycloak"));
    }

    @Test
    void livenessAnswers() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void metricsAnswerAnAdministrator() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theApiIsDescribed() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("Placeworks API"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theDescriptionCoversTheJsonApiAndOpen311AndNoPage() {
        Map<String, Object> paths = given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");
        assertThat(paths.keySet())
                .contains("/api/v1/me", "/api/v1/families")
                .anyMatch(path -> path.startsWith("/open311/v2/"))
                .allMatch(path -> path.startsWith("/api/v1/") || path.startsWith("/open311/"), "only the JSON API and Open311")
                .doesNotContain("/", "/cases", "/families", "/admin/staff");
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theHomePageUsesTheCouncilsOwnHeaderNotGovUk() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("Eastmoor District Council"))
                .body(containsString("govuk-frontend.min.css"))
                .body(not(containsString("govuk-header__logotype-crown")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anUnknownPageIsAFriendly404() {
        given().when().get("/no-such-page").then().statusCode(404)
                .body(containsString("Page not found"))
                .body(not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anUnknownApiPathIsAProblemBody() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/json").body("status", equalTo(404));
    }

    @Test
    void signedOutPageIsPublic() {
        given().redirects().follow(false).when().get("/signed-out").then().statusCode(200)
                .body(containsString("You have signed out"));
    }

    @Test
    void govukAssetsAreServed() {
        given().when().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").then().statusCode(200);
        given().when().get("/assets/images/favicon.ico").then().statusCode(200);
    }
}
