package org.placeworks.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Browser;
import org.placeworks.testsupport.TestStack;
import org.placeworks.testsupport.Tokens;

/**
 * Signing in through the real Keycloak, as staff do: bearer tokens for the API and the
 * authorization-code flow (Keycloak's own login page) for the web pages.
 */
@QuarkusTest
class KeycloakSignInTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void theApiRefusesACallWithoutAToken() {
        given().when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theApiRefusesAForgedToken() {
        given().auth().oauth2("not-a-real-token").when().get("/api/v1/me").then().statusCode(401);
    }

    /**
     * A signature that passed once is not checked again for the same key and bytes (identity.web.CheckedSignatures):
     * Keycloak's own signature, moved onto claims it did not sign, is still refused.
     */
    @Test
    void aSignatureAlreadyCheckedDoesNotCarryOverToClaimsItDidNotSign() {
        String token = Tokens.of("frontline");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("frontline"));

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"preferred_username\":\"frontline\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"preferred_username\":\"frontline\"", "\"preferred_username\":\"admin\"")
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("frontline"));
    }

    @Test
    void aTokenFromKeycloakCarriesTheRealmRoles() {
        given().auth().oauth2(Tokens.of("chair")).when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("chair"))
                .body("roles", hasItem("panel-chair"))
                .body("roles", not(hasItem("admin")));
    }

    @Test
    void aWrongRoleIsForbiddenAndTheRightRoleIsAllowed() {
        given().auth().oauth2(Tokens.of("frontline")).when().get("/api/v1/staff").then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).when().get("/api/v1/staff").then().statusCode(200);
    }

    @Test
    void theApiNeverRedirectsToTheLoginPage() {
        given().redirects().follow(false).accept("application/json").when().get("/api/v1/staff")
                .then().statusCode(401);
    }

    @Test
    void aPageSendsAVisitorToKeycloaksSignInPage() {
        String location = given().redirects().follow(false).when().get("/").then().statusCode(302)
                .extract().header("Location");
        assertThat(location).startsWith(TestStack.keycloakUrl() + "/realms/placeworks/protocol/openid-connect/auth")
                .contains("client_id=placeworks-web").contains("code_challenge=");
    }

    @Test
    void aMemberOfStaffSignsInThroughKeycloakAndLandsOnTheirHomePage() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage login = browser.getPage(home);
            assertThat(login.getUrl().toString()).startsWith(TestStack.keycloakUrl());

            HtmlPage landed = signIn(login, "frontline");

            assertThat(landed.getUrl().toString()).startsWith(home.toString());
            assertThat(landed.asNormalizedText()).contains("Hello, Fran Walker")
                    .contains("Family Support Thornbury").contains("Frontline worker")
                    .doesNotContain("Staff\n");
        }
    }

    @Test
    void anAdministratorSeesTheAdministrationLinks() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage landed = signIn(browser.getPage(home), "admin");
            assertThat(landed.getAnchorByHref("/admin/staff")).isNotNull();
            assertThat(landed.getAnchorByHref("/admin/services")).isNotNull();
        }
    }

    @Test
    void aWrongPasswordStaysOnKeycloaksPage() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage again = signIn(browser.getPage(home), "frontline", "wrong-password");
            assertThat(again.getUrl().toString()).startsWith(TestStack.keycloakUrl());
            assertThat(again.asNormalizedText()).containsIgnoringCase("invalid");
        }
    }

    @Test
    void signingOutEndsTheSessionAndShowsTheSignedOutPage() throws Exception {
        try (WebClient browser = browser()) {
            signIn(browser.getPage(home), "manager");

            HtmlPage landed = browser.getPage(home);
            HtmlForm signOut = landed.getFirstByXPath("//form[@action='/sign-out']");
            assertThat(signOut.getMethodAttribute()).isEqualToIgnoringCase("post");
            HtmlPage signedOut = signOut.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertThat(signedOut.asNormalizedText()).contains("You have signed out");

            HtmlPage afterwards = browser.getPage(home);
            assertThat(afterwards.getUrl().toString()).as("a new visit needs a new sign-in")
                    .startsWith(TestStack.keycloakUrl());
        }
    }

    @Test
    void aGetOfTheSignOutPathSignsNobodyOut() throws Exception {
        try (WebClient browser = browser()) {
            signIn(browser.getPage(home), "manager");

            HtmlPage answer = browser.getPage(new URL(home, "/sign-out"));
            assertThat(answer.getUrl().toString()).as("never sent to Keycloak's sign-out").doesNotStartWith(TestStack.keycloakUrl());
            assertThat(answer.asNormalizedText()).doesNotContain("You have signed out");

            HtmlPage afterwards = browser.getPage(home);
            assertThat(afterwards.getUrl().toString()).as("still signed in").startsWith(home.toString());
            assertThat(afterwards.asNormalizedText()).contains("Hello,");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage landed = signIn(browser.getPage(home), "frontline");
            assertThat(landed.getUrl().toString()).startsWith(home.toString());
            org.htmlunit.util.Cookie session = browser.getCookieManager().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie"));
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualToIgnoringCase("lax");
        }
    }

    /**
     * A session's tokens are decrypted from its cookie once and kept (identity.web.SessionTokens): each cookie must
     * still answer only for the person it was made for, and a cookie altered by one character must not pass.
     */
    @Test
    void eachSessionCookieAnswersOnlyForItsOwnPersonAndAnAlteredOneIsRefused() throws Exception {
        try (WebClient fran = browser(); WebClient morgan = browser()) {
            signIn(fran.getPage(home), "frontline");
            signIn(morgan.getPage(home), "manager");
            for (int visit = 0; visit < 3; visit++) {
                assertThat(fran.<HtmlPage>getPage(home).asNormalizedText()).contains("Hello, Fran Walker")
                        .doesNotContain("Morgan Price");
                assertThat(morgan.<HtmlPage>getPage(home).asNormalizedText()).contains("Hello, Morgan Price")
                        .doesNotContain("Fran Walker");
            }

            java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
            fran.getCookieManager().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                    .forEach(c -> cookies.put(c.getName(), c.getValue()));
            assertThat(cookies).as("the session cookie").isNotEmpty();
            given().redirects().follow(false).cookies(cookies).when().get("/").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("Hello, Fran Walker"));

            String name = cookies.keySet().iterator().next();
            String sealed = cookies.get(name);
            int at = sealed.indexOf('.', sealed.indexOf('.', sealed.indexOf('.') + 1) + 1) + 8;
            char changed = sealed.charAt(at) == 'A' ? 'B' : 'A';
            java.util.Map<String, String> altered = new java.util.LinkedHashMap<>(cookies);
            altered.put(name, sealed.substring(0, at) + changed + sealed.substring(at + 1));
            String location = given().redirects().follow(false).cookies(altered).when().get("/").then().statusCode(302)
                    .extract().header("Location");
            assertThat(location).as("sent to sign in again").startsWith(TestStack.keycloakUrl());
        }
    }

    private static WebClient browser() {
        return Browser.open();
    }

    private static HtmlPage signIn(HtmlPage login, String username) throws Exception {
        return Browser.signIn(login, username, username);
    }

    private static HtmlPage signIn(HtmlPage login, String username, String password) throws Exception {
        return Browser.signIn(login, username, password);
    }
}
