package org.placeworks.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Tokens;

/**
 * The JSON API accepts only tokens issued for it: their audience names the Placeworks API client
 * ({@code placeworks-api}). A token the same realm issued for another application, even one carrying
 * a Placeworks user and their roles, is refused as if it were no token at all.
 */
@QuarkusTest
class ApiAudienceTest {

    @Test
    void aTokenForTheApiCarriesItsAudienceAndIsAccepted() {
        String token = Tokens.of("admin");

        assertThat(claims(token)).contains("\"placeworks-api\"");
        given().auth().oauth2(token).when().get("/api/v1/staff").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("admin"));
    }

    @Test
    void aUsersTokenIssuedForAnotherApplicationIsRefused() {
        String token = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "council-noticeboard")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(Tokens.tokenEndpoint())
                .then().statusCode(200).extract().path("access_token");

        assertThat(claims(token)).as("the realm gave the other application's token no API audience")
                .doesNotContain("placeworks-api");
        given().auth().oauth2(token).when().get("/api/v1/staff").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theProvisioningServiceAccountsTokenIsRefused() {
        String token = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", "placeworks-admin")
                .formParam("client_secret", "local-only-admin-client-secret")
                .when().post(Tokens.tokenEndpoint())
                .then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
