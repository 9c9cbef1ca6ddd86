package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The headers' rule itself, including what only production sends (HSTS), which no test run in the test profile can see. */
class SecurityHeadersTest {

    private static final String KEYCLOAK = "https://sso.example.gov.uk/realms/placeworks";

    @Test
    void productionSendsStrictTransportSecurityAndEveryOtherHeader() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Cache-Control", "public, max-age=60");
        new SecurityHeaders(KEYCLOAK, Optional.of("max-age=31536000; includeSubDomains")).apply(headers, "/cases/1");
        assertThat(headers.get("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(headers.getAll("Cache-Control")).containsExactly("no-store");
        assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.get("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void withoutTheSettingThereIsNoStrictTransportSecurity() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(KEYCLOAK, Optional.of(" ")).apply(headers, "/");
        assertThat(headers.contains("Strict-Transport-Security")).isFalse();
    }

    @Test
    void formsMayEndAtKeycloakAndNowhereElse() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(KEYCLOAK, Optional.empty()).apply(headers, "/");
        assertThat(headers.get("Content-Security-Policy")).endsWith("form-action 'self' https://sso.example.gov.uk")
                .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    }

    @Test
    void onlyAssetsAndHealthMayBeCached() {
        SecurityHeaders rule = new SecurityHeaders(KEYCLOAK, Optional.empty());
        for (String path : new String[] {"/static/app.css", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                "/assets/fonts/bold.woff2", "/favicon.ico", "/q/health/ready"}) {
            MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Cache-Control", "public, max-age=86400");
            rule.apply(headers, path);
            assertThat(headers.get("Cache-Control")).as(path).isEqualTo("public, max-age=86400");
        }
        for (String path : new String[] {"/", "/api/v1/me", "/families/1", "/q/metrics", "/open311/v2/requests.json", "/staticky"}) {
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            rule.apply(headers, path);
            assertThat(headers.get("Cache-Control")).as(path).isEqualTo("no-store");
        }
    }
}
