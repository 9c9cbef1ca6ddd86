package org.placeworks.family.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.placeworks.family.DuplicateSuspected;
import org.placeworks.shared.web.JsonRules;
import org.placeworks.shared.web.Problem;

/** The family API's own error bodies: a body that cannot be read names the field; a suspected duplicate lists the matches. */
final class BodyErrors {

    /** A 409 that says which existing people the new one may be. */
    record DuplicateProblem(int status, String title, String detail, java.util.List<org.placeworks.family.PersonMatch> matches) {
    }

    private BodyErrors() {
    }

    static Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                        .collect(Collectors.joining("."))
                : "body";
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(422, "There is a problem with what you entered", "Check the highlighted fields.",
                        Map.of(field, field.equals("body") ? "The body must be JSON"
                                : JsonRules.RefusedText.of(e, field).orElse(field + " is not in the right form")), null))
                .build();
    }

    static Response duplicate(DuplicateSuspected e) {
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new DuplicateProblem(409, "This person may already be recorded", e.getMessage(), e.matches())).build();
    }
}
