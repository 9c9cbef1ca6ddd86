package org.placeworks.shared.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;

/**
 * Every request's address meets {@link Text}'s rule before any page or endpoint sees it: a NUL or
 * a direction override in a search box or a path is refused naming the parameter, rather than
 * failing deep in the database. (JSON bodies are checked by {@link JsonRules}; a form field that still
 * carries one is refused with a plain 422 by {@link ErrorPages}, without naming the field.)
 * Pages accept only real HTML forms, so their CSRF check (which reads form bodies, and skips any other
 * type) can never be skipped by leaving the content type out; the API takes JSON (see {@link #refusedByTheApi}).
 */
public class TypedTextFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The API's document uploads, the only API routes that take a multipart body. */
    private static final Pattern API_UPLOADS = Pattern.compile("/api/v1/(cases|families)/[^/]+/documents/?");

    @ServerRequestFilter(preMatching = true)
    public void addressAndContentType(ContainerRequestContext request) {
        // The path decoded once, as the resources see it. getPathSegments() would decode it a second time, and
        // throw (a 500) on a "%" the client had rightly sent as "%25".
        check("The web address", request.getUriInfo().getPath());
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            parameter.getValue().forEach(value -> check(parameter.getKey(), value));
        }
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            if (!isHtmlForm(request.getMediaType())) {
                throw new NotSupportedException("Pages accept only forms");
            }
        } else if (refusedByTheApi(path, request.getMediaType(), hasBody(request))) {
            throw new NotSupportedException("The API accepts only application/json bodies");
        }
    }

    /**
     * The API is called with bearer tokens and JSON: a body with no content type, or a form (what a browser can be
     * made to send across sites), is refused before anything reads it. A multipart body is taken only where a
     * document is uploaded; any other type is left to the endpoint's own {@code @Consumes} (CSV and GeoJSON imports).
     */
    static boolean refusedByTheApi(String path, MediaType type, boolean hasBody) {
        if (type == null) {
            return hasBody;
        }
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return true;
        }
        return type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) && !API_UPLOADS.matcher(path).matches();
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }

    private static boolean isHtmlForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static void check(String field, String value) {
        Text.problem(field, value, Text.LONG).ifPresent(problem -> {
            throw new InvalidInput(field, problem);
        });
    }
}
