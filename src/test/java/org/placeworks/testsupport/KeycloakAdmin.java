package org.placeworks.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST API as the test Keycloak's master administrator (the bootstrap account the local stack
 * gives it), for tests that change the identity provider itself: a throwaway user, a client setting, a realm.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** A request to {@code /admin/realms...} carrying a fresh master administrator token. */
    public static RequestSpecification api() {
        String token = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "local-only-master-admin")
                .when().post(TestStack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().baseUri(TestStack.keycloakUrl() + "/admin/realms").auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Creates a user with a password and realm roles in the placeworks realm; returns its id. */
    public static String createUser(String username, String password, List<String> realmRoles) {
        String location = api().body(Map.of("username", username, "enabled", true, "email", username + "@eastmoor.example",
                        "emailVerified", true, "firstName", "Test", "lastName", "Person",
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .when().post("/placeworks/users").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        List<Map<String, Object>> roles = realmRoles.stream()
                .map(r -> api().when().get("/placeworks/roles/" + r).then().statusCode(200).extract().<Map<String, Object>>path(""))
                .toList();
        api().body(roles).when().post("/placeworks/users/" + id + "/role-mappings/realm").then().statusCode(204);
        return id;
    }

    public static void deleteUser(String realm, String id) {
        api().when().delete("/" + realm + "/users/" + id);
    }

    /** The internal id of a client of the placeworks realm, by its client id. */
    public static String clientUuid(String clientId) {
        return api().queryParam("clientId", clientId).when().get("/placeworks/clients").then().statusCode(200)
                .extract().path("[0].id");
    }
}
