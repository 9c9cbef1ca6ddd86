package org.placeworks.testsupport;

import static io.restassured.RestAssured.given;

/** Access tokens from the real Keycloak, by the password grant on the local realm's public test client. */
public final class Tokens {

    private Tokens() {
    }

    public static String tokenEndpoint() {
        return TestStack.keycloakUrl() + "/realms/placeworks/protocol/openid-connect/token";
    }

    /** A bearer token for a demo user (their password is their user name). */
    public static String of(String username) {
        return of(username, username);
    }

    public static String of(String username, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "placeworks-test")
                .formParam("username", username).formParam("password", password)
                .when().post(tokenEndpoint())
                .then().statusCode(200).extract().path("access_token");
    }
}
