package org.placeworks.shared.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;

/**
 * Every request's address meets {@link Text}'s rule before any page or endpoint sees it: a NUL or
 * a direction override in a search box or a path is refused naming the parameter, rather than
 * failing deep in the database. (JSON bodies are checked by {@link JsonRules}; a form field that still
 * carries one is refused with a plain 422 by {@link ErrorPages}, without naming the field.)
 * Pages accept only real HTML forms, so their CSRF check (which reads form bodies) can never be
 * skipped by leaving the content type out.
 */
public class TypedTextFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter(preMatching = true)
    public void addressAndContentType(ContainerRequestContext request) {
        for (PathSegment segment : request.getUriInfo().getPathSegments()) {
            check("The web address", segment.getPath());
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            parameter.getValue().forEach(value -> check(parameter.getKey(), value));
        }
        if (!request.getUriInfo().getPath().startsWith("/api/") && CHANGES.contains(request.getMethod())
                && !isHtmlForm(request.getMediaType())) {
            throw new NotSupportedException("Pages accept only forms");
        }
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
