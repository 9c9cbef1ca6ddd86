package org.placeworks.document.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the HTTP layer does for document uploads before the request reaches the application.
 *
 * <p>The body limit ({@code quarkus.http.limits.max-body-size}) is raised so that a 20 MB document and its
 * form fit; every other request keeps the smaller limit it had ({@code placeworks.http.other-max-body-bytes}),
 * refused with 413 from its declared length before any of it is read.
 *
 * <p>The CSRF filter checks every multipart post, the API's too. The API is signed in to by bearer token
 * alone (never a cookie), so a forged cross-site request has nothing to ride on: an API upload that carries
 * no CSRF cookie is given a matching one-time cookie and header, and the filter's check passes. Pages keep
 * the full check.
 */
@ApplicationScoped
public class UploadRoutes {

    /** The routes that take a document: the upload forms and the API. */
    static final Pattern DOCUMENT_UPLOADS = Pattern.compile("/(api/v1/)?(cases|families)/[^/]+/documents(/new)?/?");
    static final Pattern API_UPLOADS = Pattern.compile("/api/v1/(cases|families)/[^/]+/documents/?");

    @ConfigProperty(name = "placeworks.http.other-max-body-bytes", defaultValue = "12582912")
    long otherLimit;

    @jakarta.inject.Inject
    org.placeworks.shared.web.MachineCsrf csrf;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize serverLimit;

    @jakarta.inject.Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.method() == HttpMethod.POST && API_UPLOADS.matcher(request.path()).matches()) {
                bearerOnly(request);
            }
            String length = request.getHeader("Content-Length");
            if (request.method() == HttpMethod.POST && DOCUMENT_UPLOADS.matcher(request.path()).matches()
                    && declared(length) > serverLimit.asLongValue()) {
                tooLarge(context, request);
                return;
            }
            if (length != null && request.method() != HttpMethod.GET && !DOCUMENT_UPLOADS.matcher(request.path()).matches()) {
                try {
                    if (Long.parseLong(length.strip()) > otherLimit) {
                        context.response().setStatusCode(413).putHeader("Connection", "close").end();
                        return;
                    }
                } catch (NumberFormatException e) {
                    // Left to the server, which refuses a length it cannot read.
                }
            }
            context.next();
        });
    }

    private static long declared(String length) {
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1; // left to the server, which refuses a length it cannot read
        }
    }

    /**
     * An upload larger than the server takes is refused before any of it is read, as the rest of the app refuses a
     * file too large: the API with 413 and a body naming the file field; the upload form by sending the browser back
     * to the form, which shows the error summary (the body is never read, so the form cannot be shown in reply).
     */
    private void tooLarge(io.vertx.ext.web.RoutingContext context, HttpServerRequest request) {
        if (request.path().startsWith("/api/")) {
            String body;
            try {
                body = json.writeValueAsString(new org.placeworks.shared.web.Problem(413, "The file is too large",
                        "Documents can be up to 20 MB.", java.util.Map.of("file", org.placeworks.document.Documents.TOO_LARGE), null));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            context.response().setStatusCode(413).putHeader("Content-Type", "application/json").putHeader("Connection", "close")
                    .end(body);
            return;
        }
        context.response().setStatusCode(303).putHeader("Location", request.path() + "?refused=" + TOO_LARGE)
                .putHeader("Connection", "close").end();
    }

    /** The form's query when the browser is sent back because the file was too large. */
    static final String TOO_LARGE = "too-large";

    private void bearerOnly(HttpServerRequest request) {
        if (csrf.hasToken(request)) {
            return; // a client that sends its own double-submit token is checked as it is
        }
        csrf.handToken(request);
    }
}
