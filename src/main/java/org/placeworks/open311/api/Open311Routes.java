package org.placeworks.open311.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Open311 posts come from machines (FixMyStreet's server), not browsers: a plain form with the client's
 * api_key in it, no cookie and no CSRF token. The key is what authorises them; nothing ambient (a session
 * cookie) does, so a forged cross-site post has nothing to ride on. The CSRF filter, which checks every
 * form post, is therefore handed a matching one-time token for these posts alone, replacing any CSRF cookie
 * the request carried. Every other form keeps the full check.
 */
@ApplicationScoped
public class Open311Routes {

    static final Pattern OPEN311_POSTS = Pattern.compile("/open311/v2/[^/]+\\.(xml|json)");

    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String csrfHeader;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int csrfTokenSize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 110).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.method() == HttpMethod.POST && OPEN311_POSTS.matcher(request.path()).matches()) {
                keyOnly(request);
            }
            context.next();
        });
    }

    private void keyOnly(HttpServerRequest request) {
        byte[] bytes = new byte[csrfTokenSize];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cookies = request.getHeader("Cookie");
        String others = cookies == null ? "" : Stream.of(cookies.split(";")).map(String::strip)
                .filter(c -> !c.isEmpty() && !c.startsWith(csrfCookie + "=")).collect(Collectors.joining("; "));
        request.headers().set("Cookie", (others.isEmpty() ? "" : others + "; ") + csrfCookie + "=" + token);
        request.headers().set(csrfHeader, token);
    }
}
