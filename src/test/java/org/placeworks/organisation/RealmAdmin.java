package org.placeworks.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.placeworks.testsupport.TestStack;

/**
 * The real Keycloak as a test sees it from outside Placeworks: the master realm's bootstrap admin
 * (to prepare and inspect accounts) and the public test client's password grant (to sign in as staff).
 */
public final class RealmAdmin {

    private static final String REALM = "placeworks";
    private static final String MASTER_USER = "admin";
    private static final String MASTER_PASSWORD = "local-only-master-admin";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> created = new ArrayList<>();

    /** The result of a password grant: the HTTP status and, when it worked, the access token's claims. */
    public record TokenAttempt(int status, JsonNode claims) {

        public List<String> realmRoles() {
            List<String> roles = new ArrayList<>();
            claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
            return roles;
        }
    }

    /** Signs in with the password grant on the public client placeworks-test. */
    public static TokenAttempt passwordGrant(String username, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "placeworks-test", "username", username,
                        "password", password, "scope", "openid"))).build());
        if (response.statusCode() != 200) {
            return new TokenAttempt(response.statusCode(), null);
        }
        String token = read(response.body()).path("access_token").asText();
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new TokenAttempt(200, read(payload));
    }

    /** An invited account is made to change its temporary password first; a test sets a known one instead. */
    public void setKnownPassword(String keycloakId, String password) {
        JsonNode user = get("/users/" + keycloakId);
        ((com.fasterxml.jackson.databind.node.ObjectNode) user).putArray("requiredActions");
        put("/users/" + keycloakId, user.toString());
        put("/users/" + keycloakId + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}");
    }

    public JsonNode user(String keycloakId) {
        return get("/users/" + keycloakId);
    }

    /** Creates an account directly in Keycloak, as if made outside Placeworks. */
    public String createUser(String username) {
        HttpResponse<String> response = send(admin("/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"enabled\":true,"
                        + "\"email\":\"" + username + "@elsewhere.example\",\"firstName\":\"Out\",\"lastName\":\"Side\"}")).build());
        expect(201, response);
        String location = response.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        created.add(id);
        return id;
    }

    /** Remembers an account a test made through Placeworks, so that {@link #deleteCreated()} removes it. */
    public void remember(String keycloakId) {
        created.add(keycloakId);
    }

    /** Keycloak outlives the test run: remove the accounts this run made. */
    public void deleteCreated() {
        for (String id : created) {
            send(admin("/users/" + id).DELETE().build());
        }
        created.clear();
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send(admin(path).GET().build());
        expect(200, response);
        return read(response.body());
    }

    private void put(String path, String body) {
        expect(204, send(admin(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + masterToken());
    }

    private static String masterToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", MASTER_USER,
                        "password", MASTER_PASSWORD))).build());
        expect(200, response);
        return read(response.body()).path("access_token").asText();
    }

    private static String base() {
        return TestStack.keycloakUrl();
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("Keycloak answered " + response.statusCode() + " to " + response.request().uri()
                    + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
