package org.placeworks.shared.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;

/**
 * Every request's typed text meets {@link Text}'s rule before any page or endpoint sees it: a NUL
 * or a direction override in a search box, an address bar or a form field is refused naming the
 * field, rather than failing deep in the database. Pages accept only real HTML forms, so their
 * CSRF check (which reads form bodies) can never be skipped by leaving the content type out.
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

    @ServerRequestFilter
    @WithFormRead
    public void formFields(ContainerRequestContext request) {
        if (!(request instanceof ResteasyReactiveContainerRequestContext context)
                || !(context.getServerRequestContext() instanceof ResteasyReactiveRequestContext server)) {
            return;
        }
        FormData form = server.getFormData();
        if (form == null) {
            return;
        }
        // A url-encoded form is held as sent (%00 for a NUL) and decoded as each field is read.
        boolean encoded = request.getMediaType() != null && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        for (String name : form) {
            String field = encoded ? decoded(name) : name;
            check(field, field);
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    check(field, encoded ? decoded(value.getValue()) : value.getValue());
                }
            }
        }
    }

    private static String decoded(String raw) {
        try {
            return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return raw;
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
