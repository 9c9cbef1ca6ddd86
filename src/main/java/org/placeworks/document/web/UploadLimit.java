package org.placeworks.document.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP body limit ({@code quarkus.http.limits.max-body-size}) is raised so that a 20 MB document and its
 * form fit; every other request keeps the smaller limit it had ({@code placeworks.http.other-max-body-bytes}),
 * refused with 413 from its declared length before any of it is read.
 */
@ApplicationScoped
public class UploadLimit {

    /** The routes that take a document: the upload forms and the API. */
    static final Pattern DOCUMENT_UPLOADS = Pattern.compile(
            "/(api/v1/)?(cases|families)/[^/]+/documents(/new)?/?");

    @ConfigProperty(name = "placeworks.http.other-max-body-bytes", defaultValue = "12582912")
    long otherLimit;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && context.request().method() != HttpMethod.GET && !DOCUMENT_UPLOADS.matcher(context.request().path()).matches()) {
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
}
