package org.placeworks.open311.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.open311.ApiKeyView;
import org.placeworks.open311.Open311Keys;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** Administrators issue a key per Open311 client, shown once and kept only as a hash, and revoke it. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class Open311KeysPageTest {

    private static final String PAGE = "/admin/open311-keys";

    @Inject
    Open311Keys keys;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Test
    void aKeyIsShownOnceWorksAndIsKeptOnlyAsItsHash() {
        Response answer = RenderedForm.open(PAGE, PAGE).set("clientName", "Keys Test Quillfield Civic").submit();
        answer.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body(containsString("Key issued for Keys Test Quillfield Civic"));
        String key = Jsoup.parse(answer.asString()).getElementById("api-key").text();
        assertThat(key).matches("[0-9a-f]{40}");

        assertThat(keys.clientFor(key)).contains("Keys Test Quillfield Civic");
        assertThat(storedAnywhere(key)).as("the key itself is not stored").isFalse();
        given().get(PAGE).then().statusCode(200).body(containsString("Keys Test Quillfield Civic"))
                .body(containsString(key.substring(36))).body(not(containsString(key)));
        ApiKeyView issued = find("Keys Test Quillfield Civic");
        assertThat(audit.history("open311-key", issued.id(), 5)).extracting(AuditEntryView::summary)
                .contains("Issued an Open311 API key for Keys Test Quillfield Civic");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String key = keys.issue("Keys Test Revoked Harrowgate").key();
        ApiKeyView issued = find("Keys Test Revoked Harrowgate");
        RenderedForm.open(PAGE, PAGE + "/" + issued.id() + "/revoke").submit().then().statusCode(303)
                .header("Location", endsWith(PAGE));
        assertThat(keys.clientFor(key)).isEmpty();
        // Read afresh: the test's own session still holds the key as it was before the post.
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> find("Keys Test Revoked Harrowgate"))
                .revokedBy()).isEqualTo("admin");
        assertThat(audit.history("open311-key", issued.id(), 5)).extracting(AuditEntryView::summary)
                .contains("Revoked the Open311 API key of Keys Test Revoked Harrowgate");
        // Revoking it again from a page opened before: stale, and it stays revoked.
        Forms.forged(PAGE).formParam("version", "0").post(PAGE + "/" + issued.id() + "/revoke").then().statusCode(409);
    }

    @Test
    void aClientMustBeNamed() {
        Forms.from(PAGE).formParam("clientName", "  ").post(PAGE).then().statusCode(422)
                .body(containsString("href=\"#clientName\"")).body(containsString("Enter the name of the client"));
    }

    /** Open311 posts go without a CSRF token; the pages' own forms must not. */
    @Test
    void theKeyFormStillNeedsItsCsrfToken() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("clientName", "Keys Test No Token")
                .post(PAGE).then().statusCode(400);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie(Forms.CSRF, token)
                .formParam(Forms.CSRF, "AAAAAAAAAAAAAAAAAAAAAB").formParam("clientName", "Keys Test No Token").post(PAGE).then().statusCode(400);
        assertThat(keys.keys()).extracting(ApiKeyView::clientName).doesNotContain("Keys Test No Token");
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        Forms.forged(PAGE).formParam("version", "0").post(PAGE + "/" + java.util.UUID.randomUUID() + "/revoke").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void onlyAdministratorsHandleKeys() {
        given().redirects().follow(false).get(PAGE).then().statusCode(403);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie(Forms.CSRF, token)
                .formParam(Forms.CSRF, token).formParam("clientName", "Sneaky").post(PAGE).then().statusCode(403);
        assertThat(keys.keys()).extracting(ApiKeyView::clientName).doesNotContain("Sneaky");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerCannotSeeTheKeysEither() {
        given().redirects().follow(false).get(PAGE).then().statusCode(403);
    }

    private ApiKeyView find(String client) {
        return keys.keys().stream().filter(k -> k.clientName().equals(client)).findFirst().orElseThrow();
    }

    @Transactional
    boolean storedAnywhere(String key) {
        @SuppressWarnings("unchecked")
        List<Object> hits = em.createNativeQuery("select id from open311_client where client_name like ?1 or key_hint like ?1"
                + " or encode(key_hash, 'escape') like ?1").setParameter(1, "%" + key + "%").getResultList();
        return !hits.isEmpty();
    }
}
