package org.placeworks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Browser;
import org.placeworks.testsupport.KeycloakAdmin;
import org.placeworks.testsupport.TestStack;

/**
 * A session that Keycloak ends (an administrator disables the person or signs them out everywhere, or they sign
 * out of another council application) ends in Placeworks at once: Keycloak calls the back-channel logout address
 * and the next page asks for a new sign-in, instead of the session living on until its tokens expire.
 */
@QuarkusTest
class SessionEndTest {

    @TestHTTPResource("/")
    URL home;

    private String userId;
    private String username;
    private String clientUuid;
    private Map<String, Object> clientBefore;

    @BeforeEach
    void aPersonOfTheirOwnAndKeycloakToldWhereThisAppListens() {
        // A user of its own: signing a demo user out everywhere would end other tests' sessions.
        username = "session-end-" + UUID.randomUUID().toString().substring(0, 8);
        userId = KeycloakAdmin.createUser(username, username, List.of(Roles.FRONTLINE));
        clientUuid = KeycloakAdmin.clientUuid("placeworks-web");
        clientBefore = KeycloakAdmin.api().when().get("/placeworks/clients/" + clientUuid).then().statusCode(200)
                .extract().path("");
        Map<String, Object> client = new HashMap<>(clientBefore);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.put("backchannel.logout.url", home.toString() + "sign-out/back-channel");
        attributes.put("backchannel.logout.session.required", "true");
        client.put("attributes", attributes);
        KeycloakAdmin.api().body(client).when().put("/placeworks/clients/" + clientUuid).then().statusCode(204);
    }

    @AfterEach
    void putBack() {
        KeycloakAdmin.api().body(clientBefore).when().put("/placeworks/clients/" + clientUuid);
        KeycloakAdmin.deleteUser("placeworks", userId);
    }

    @Test
    void signingSomeoneOutInKeycloakEndsTheirPlaceworksSessionAtOnce() throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage landed = Browser.signIn(browser.getPage(home), username, username);
            assertThat(landed.getUrl().toString()).startsWith(home.toString());
            assertThat(((HtmlPage) browser.getPage(home)).asNormalizedText()).contains("Hello,");

            KeycloakAdmin.api().when().post("/placeworks/users/" + userId + "/logout").then().statusCode(204);

            HtmlPage next = browser.getPage(home);
            assertThat(next.getUrl().toString()).as("the next page asks for a new sign-in")
                    .startsWith(TestStack.keycloakUrl());
        }
    }
}
