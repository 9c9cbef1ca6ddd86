package org.placeworks.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;

/**
 * The defences every response carries whatever page or endpoint made it: the security headers, the cookie flags,
 * the CSRF check whatever the content type, the API's JSON-only bodies, the operations endpoints kept from the
 * public, and sign-out only by a posted form.
 */
@QuarkusTest
class SecurityDefencesTest {

    @Inject
    CasePages pages;

    @TestHTTPResource("/")
    URL root;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aCasePageCarriesTheSecurityHeadersAndIsNeverStored() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        Response page = given().get("/cases/" + caseId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void pagesHaveNoInlineScriptOrStyleForThePolicyToBlock() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        for (String path : List.of("/", "/cases/" + caseId)) {
            Document page = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
            assertThat(page.select("script:not([src])")).as(path + ": inline scripts").isEmpty();
            assertThat(page.select("style, [style]")).as(path + ": inline styles").isEmpty();
            assertThat(page.select("script[src]")).as(path).anyMatch(s -> s.attr("src").startsWith("/static/"));
        }
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anApiResponseCarriesTheSecurityHeadersAndIsNeverStored() {
        Response response = given().get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void staticAssetsMayBeCachedAndEverythingCarriesTheHeaders() {
        Response css = given().get("/static/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertSecurityHeaders(css);
        assertThat(css.header("Cache-Control")).as("static asset").doesNotContain("no-store");
        // Health answers are left alone (SmallRye Health marks them no-store itself); SecurityHeadersTest has the rule.
        Response health = given().get("/q/health/live");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theCsrfCookieIsHttpOnlyAndSameSite() {
        Response form = given().get("/admin/agencies");
        assertThat(form.statusCode()).isEqualTo(200);
        String cookie = form.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("csrf-token="))
                .findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie set"));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFormPostWithoutAContentTypeOrTokenNeverReachesTheForm() throws Exception {
        String name = "Unasked " + UUID.randomUUID();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(root.toURI().resolve("/admin/agencies"))
                        .POST(HttpRequest.BodyPublishers.ofString("name=" + name.replace(' ', '+') + "&kind=CHARITY")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(400, 415);
        assertThat(given().get("/admin/agencies").asString()).doesNotContain(name);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theApiTakesOnlyJsonBodiesAndSaysSo() throws Exception {
        // A raw client, so that each body goes exactly as typed (or with no content type at all).
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(root.toURI().resolve("/api/v1/agencies"))
                    .POST(HttpRequest.BodyPublishers.ofString("name=Sneaky&kind=CHARITY"));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(type).startsWith("application/json");
            assertThat(response.body()).as(type).contains("Content-Type").contains("application/json");
        }
        assertThat(given().get("/api/v1/agencies").asString()).doesNotContain("Sneaky");
    }

    @Test
    void metricsAndTheApiDescriptionAreNotPublicButHealthIs() {
        given().redirects().follow(false).get("/q/health/ready").then().statusCode(200);
        given().redirects().follow(false).get("/q/health/live").then().statusCode(200);
        assertThat(given().redirects().follow(false).get("/q/metrics").statusCode()).isIn(302, 401);
        assertThat(given().redirects().follow(false).accept("application/json").get("/q/openapi").statusCode()).isIn(302, 401);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void metricsAndTheApiDescriptionAreRefusedWithoutTheRole() {
        given().get("/q/metrics").then().statusCode(403);
        given().accept("application/json").get("/q/openapi").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorReadsMetricsAndTheApiDescription() {
        given().get("/q/metrics").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void signOutIsAPostedFormWithItsCsrfToken() {
        Document home = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
        assertThat(home.select("a[href=/sign-out]")).as("a sign-out link").isEmpty();
        assertThat(home.select("form[action=/sign-out][method=post] input[name=csrf-token]")).hasSize(1);
        assertThat(home.select("form[action=/sign-out][method=post] button")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void signingOutNeedsTheCsrfToken() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/sign-out").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aGetOfTheSignOutPathIsNotAnAction() {
        given().redirects().follow(false).get("/sign-out").then().statusCode(405);
    }

    private static void assertSecurityHeaders(Response response) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).isNotNull().contains("default-src 'self'").contains("frame-ancestors 'none'")
                .contains("form-action 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Strict-Transport-Security")).as("HSTS is for production only").isNull();
    }
}
