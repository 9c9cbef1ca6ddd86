package org.placeworks.shared.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every response carries, whichever page, endpoint, redirect or error made it: set here, in one
 * place, rather than by each resource.
 *
 * <p>The content security policy allows nothing inline and nothing from elsewhere, so injected markup can run
 * no script; our pages cannot be framed (clickjacking); forms post only to Placeworks, or to the council's
 * Keycloak, where a form's answer may lead (sign-out, or a session that ended before the form was sent).
 * Everything except the static assets and the health probes may hold personal data, so no browser or proxy
 * keeps a copy. HSTS is sent only where configured (production, behind TLS).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String NO_STORE = "no-store";

    private final String policy;
    private final Optional<String> strictTransport;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.web.auth-server-url") String signIn,
            @ConfigProperty(name = "placeworks.security.strict-transport-security") Optional<String> strictTransport) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self' " + origin(signIn);
        this.strictTransport = strictTransport.filter(value -> !value.isBlank());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String path = context.request().path();
            context.addHeadersEndHandler(ignored -> apply(context.response().headers(), path));
            context.next();
        });
    }

    /** Sets the headers on a response to {@code path}, replacing any a resource set itself. */
    void apply(MultiMap headers, String path) {
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        strictTransport.ifPresent(value -> headers.set("Strict-Transport-Security", value));
        if (!mayBeCached(path)) {
            headers.set("Cache-Control", NO_STORE);
        }
    }

    /** Only what holds no personal data: the assets every page shares and the probes' answers. */
    static boolean mayBeCached(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.startsWith("/assets/")
                || path.equals("/favicon.ico") || path.startsWith("/q/health");
    }

    /** The scheme, host and port of Keycloak: the one other place a form's answer may send the browser. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
