package org.placeworks.shared.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For posts that machines make with their own credentials (a bearer token, an API key in the body) and
 * never with a cookie: the CSRF filter checks every form and upload post, so such a post is handed a matching
 * one-time token (cookie and header) before it reaches the filter. Only routes whose authority rides on
 * nothing ambient may use it; every page form keeps the full check.
 */
@ApplicationScoped
public class MachineCsrf {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;

    /** Whether the request carries a CSRF cookie of its own. */
    public boolean hasToken(HttpServerRequest request) {
        String cookies = request.getHeader("Cookie");
        return cookies != null && cookies.contains(cookieName + "=");
    }

    /** Gives the request a fresh matching token, in place of any CSRF cookie it carried. */
    public void handToken(HttpServerRequest request) {
        byte[] bytes = new byte[tokenSize];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cookies = request.getHeader("Cookie");
        String others = cookies == null ? "" : Stream.of(cookies.split(";")).map(String::strip)
                .filter(c -> !c.isEmpty() && !c.startsWith(cookieName + "=")).collect(Collectors.joining("; "));
        request.headers().set("Cookie", (others.isEmpty() ? "" : others + "; ") + cookieName + "=" + token);
        request.headers().set(headerName, token);
    }
}
