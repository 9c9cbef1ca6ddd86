package org.placeworks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Browser;
import org.placeworks.testsupport.KeycloakAdmin;
import org.placeworks.testsupport.TestStack;

/**
 * The realm a council imports for real (deploy/keycloak/production/placeworks-realm.json), imported into the test
 * Keycloak under another name and tried as staff and an attacker would: its password policy, its brute-force
 * lockout and its second factor are Keycloak's own behaviour, not a reading of the file. It must also offer what
 * Placeworks needs: the same roles and clients as the local realm, and none of the local realm's demo shortcuts.
 */
@QuarkusTest
class ProductionRealmTest {

    static final Path PRODUCTION = Path.of("deploy/keycloak/production/placeworks-realm.json");
    static final String REALM = "placeworks-production-check";
    static final String STRONG = "Slate-Kettle-Orchard-41";

    static JsonNode file;

    @BeforeAll
    static void importTheProductionRealm() throws Exception {
        String text = Files.readString(PRODUCTION);
        // Keycloak fills ${...} from the environment when it imports at start-up; here the test gives the values.
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(text);
        Set<String> names = new TreeSet<>();
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        assertThat(names).containsExactlyInAnyOrder("PLACEWORKS_ADMIN_CLIENT_SECRET", "PLACEWORKS_COUNCIL_NAME",
                "PLACEWORKS_HOST", "PLACEWORKS_WEB_CLIENT_SECRET");
        for (String name : names) {
            text = text.replace("${" + name + "}", name.equals("PLACEWORKS_HOST") ? "placeworks.test" : "check-" + name.toLowerCase());
        }
        file = new ObjectMapper().readTree(text);
        ObjectNode realm = (ObjectNode) new ObjectMapper().readTree(text);
        realm.put("realm", REALM);
        // The file demands TLS for every address; the test Keycloak speaks plain HTTP on loopback only.
        realm.put("sslRequired", "external");
        KeycloakAdmin.api().when().delete("/" + REALM);
        KeycloakAdmin.api().body(realm.toString()).when().post("").then().statusCode(201);
    }

    @AfterAll
    static void removeIt() {
        KeycloakAdmin.api().when().delete("/" + REALM);
    }

    @Test
    void everyAddressNeedsTlsAndSessionsEndAfterHalfAnHourIdleOrTwelveHours() {
        assertThat(file.path("sslRequired").asText()).isEqualTo("all");
        Response realm = KeycloakAdmin.api().when().get("/" + REALM);
        assertThat(realm.<Integer>path("ssoSessionIdleTimeout")).isEqualTo(30 * 60);
        assertThat(realm.<Integer>path("ssoSessionMaxLifespan")).isEqualTo(12 * 60 * 60);
        assertThat(realm.<Integer>path("accessTokenLifespan")).as("a disabled person's tokens die within 5 minutes").isEqualTo(300);
    }

    @Test
    void aPasswordThatIsTheUserNameOrTooShortIsRefused() {
        String id = user("policy-" + System.nanoTime());
        String username = KeycloakAdmin.api().when().get("/" + REALM + "/users/" + id).path("username");

        Response same = resetPassword(id, username + "-" + username);
        assertThat(resetPassword(id, username).statusCode()).as("the user name as password").isEqualTo(400);
        assertThat(same.statusCode()).as("12 characters or more, not the user name").isEqualTo(204);
        assertThat(resetPassword(id, "Short-1").statusCode()).as("fewer than 12 characters").isEqualTo(400);
        assertThat(resetPassword(id, STRONG).statusCode()).isEqualTo(204);
        assertThat(resetPassword(id, STRONG).statusCode()).as("a recent password again").isEqualTo(400);
    }

    @Test
    void staffMustSetUpAnAuthenticatorAppAtTheirFirstSignIn() throws Exception {
        String username = "second-factor-" + System.nanoTime();
        String id = user(username);
        assertThat(resetPassword(id, STRONG).statusCode()).isEqualTo(204);

        try (WebClient browser = Browser.open()) {
            HtmlPage next = Browser.signIn(browser.getPage(new URL(signInAddress())), username, STRONG);
            assertThat(next.asNormalizedText()).as("Keycloak asks for an authenticator app before letting them in")
                    .containsIgnoringCase("authenticator");
            assertThat(next.getElementById("totp")).as("the one-time code field").isNotNull();
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() throws Exception {
        String username = "lockout-" + System.nanoTime();
        String id = user(username);
        assertThat(resetPassword(id, STRONG).statusCode()).isEqualTo(204);

        for (int attempt = 0; attempt < 5; attempt++) {
            // More than a second apart, so that the lockout comes from the failure count, not the too-quick-login check.
            Thread.sleep(1_100);
            try (WebClient browser = Browser.open()) {
                Browser.signIn(browser.getPage(new URL(signInAddress())), username, "Wrong-password-" + attempt);
            }
        }
        Map<String, Object> status = KeycloakAdmin.api().when().get("/" + REALM + "/attack-detection/brute-force/users/" + id)
                .then().statusCode(200).extract().path("");
        assertThat(status.get("disabled")).as("locked after five failures").isEqualTo(true);
    }

    @Test
    void itHasTheRolesAndClientsPlaceworksNeedsAndNoDemoShortcuts() throws Exception {
        JsonNode local = new ObjectMapper().readTree(Path.of("deploy/keycloak/placeworks-realm.json").toFile());
        assertThat(names(file.path("roles").path("realm"), "name")).isEqualTo(names(local.path("roles").path("realm"), "name"))
                .containsAll(Roles.ALL);
        assertThat(names(file.path("clients"), "clientId")).containsExactlyInAnyOrder("placeworks-web", "placeworks-api",
                "placeworks-admin");
        for (JsonNode client : file.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as("no password grant: " + client).isFalse();
            assertThat(client.path("publicClient").asBoolean(false)).as("no public client: " + client).isFalse();
            client.path("redirectUris").forEach(uri -> assertThat(uri.asText()).startsWith("https://"));
        }
        assertThat(names(file.path("users"), "username")).containsExactly("service-account-placeworks-admin");
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.path(field).asText()));
        return names;
    }

    private static String user(String username) {
        String location = KeycloakAdmin.api().body(Map.of("username", username, "enabled", true, "email", username + "@eastmoor.example",
                        "emailVerified", true, "firstName", "Check", "lastName", "Person"))
                .when().post("/" + REALM + "/users").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Response resetPassword(String id, String password) {
        return KeycloakAdmin.api().body(Map.of("type", "password", "value", password, "temporary", false))
                .when().put("/" + REALM + "/users/" + id + "/reset-password");
    }

    /** The sign-in page as the Placeworks web client reaches it (authorization code with PKCE). */
    private static String signInAddress() {
        return TestStack.keycloakUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth?client_id=placeworks-web"
                + "&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode("https://placeworks.test/", StandardCharsets.UTF_8)
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    }
}
