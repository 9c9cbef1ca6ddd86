package org.placeworks.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.placeworks.shared.DomainException;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;

/**
 * Every error a user can meet, in one place: a friendly GOV.UK page for the web, a problem body
 * for the API. Unexpected failures are logged with a reference the user can quote; the stack
 * trace is never shown. Authentication failures are left to Quarkus' own mappers, which send the
 * OIDC challenge: a redirect to Keycloak for pages, a bare 401 for the API.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<ErrorFormat> formats;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, String reference);
    }

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.placeworks.shared.RecordRefused> refusals;

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        if ((e.status() == 403 || e.status() == 404) && e.recordKind() != null) {
            boolean read = request.method() == io.vertx.core.http.HttpMethod.GET || request.method() == io.vertx.core.http.HttpMethod.HEAD;
            refusals.fire(new org.placeworks.shared.RecordRefused(e.recordKind(), e.recordId(), e.status(), !read,
                    request.method().name(), request.path()));
        }
        // A stale edit names the field that was out of date, so an API client knows to read the record again.
        Map<String, String> errors = e instanceof InvalidInput invalid ? invalid.errors()
                : e instanceof StaleEdit ? Map.of("version", e.getMessage()) : Map.of();
        // A form opened when the record's state does not allow that step: nothing was being saved.
        boolean notNow = e.status() == 409 && !(e instanceof StaleEdit) && request.method() == io.vertx.core.http.HttpMethod.GET;
        return respond(request, e.status(), notNow ? "This cannot be done now" : titleFor(e.status()), e.getMessage(), errors, null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = fieldName(violation.getPropertyPath().toString());
            String message = violation.getMessage();
            errors.putIfAbsent(field, message.startsWith("must ") ? field + " " + message : message);
        }
        return respond(request, 422, titleFor(422), "Check the highlighted fields.", errors, null);
    }

    /** Quarkus REST's own kind of violation (a request record or query parameter): the same answer. */
    @ServerExceptionMapper
    public Response invalidRequest(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e,
            HttpServerRequest request) {
        return invalid(e, request);
    }

    /** JSON that does not fit the request (a date that is not a date, an unknown code): name the field. */
    @ServerExceptionMapper
    public Response unreadable(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpServerRequest request) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        String expected = e.getTargetType() == null ? "a different value" : describe(e.getTargetType());
        String message = JsonRules.RefusedText.of(e, field).orElseGet(() -> "Enter " + expected + " for " + field);
        return respond(request, 422, titleFor(422), "Check the highlighted fields.", Map.of(field, message), null);
    }

    /** A body that is not JSON at all, or JSON nested deeper than any request needs. */
    @ServerExceptionMapper
    public Response notJson(com.fasterxml.jackson.core.JsonProcessingException e, HttpServerRequest request) {
        String detail = e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                ? "The request body is nested too deeply to be read." : "The request body is not valid JSON.";
        return respond(request, 400, titleFor(400), detail, Map.of(), null);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date in the form YYYY-MM-DD";
            case "UUID" -> "an id (a UUID)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> "a valid value";
        };
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, titleFor(403), "Your role does not allow you to do this. Ask your manager if you need it.", Map.of(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500) {
            if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) {
                return unreadable(mismatch, request);
            }
            if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
                return notJson(json, request);
            }
            return respond(request, status, titleFor(status), detailFor(status), Map.of(), null);
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (causedByConcurrentEdit(e)) {
            return respond(request, 409, titleFor(409), CONCURRENT_EDIT, Map.of("version", CONCURRENT_EDIT), null);
        }
        if (e instanceof java.io.IOException && e.getMessage() != null
                && e.getMessage().startsWith("Connection terminated parsing multipart request")) {
            // A multipart body that ends before its closing boundary: the client's malformed upload, not our fault.
            return respond(request, 400, titleFor(400), "The upload could not be read: the form ended before it was complete.",
                    Map.of(), null);
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("Failed to decode URL")
                && e.getStackTrace().length > 0 && e.getStackTrace()[0].getClassName().endsWith(".URLUtils")) {
            // A form body with a broken percent-escape (%zz), refused by the form reader before any of our code runs.
            return respond(request, 400, titleFor(400), "The form could not be read: it holds a character that is not encoded"
                    + " correctly.", Map.of(), null);
        }
        if (e instanceof java.io.IOException && "Request too large".equals(e.getMessage())) {
            // The server's body limit, reached by a body sent in chunks: it has answered 413 itself; not a fault.
            LOG.infof("A request larger than the server accepts was refused on %s %s", request.method(), request.path());
            return respond(request, 413, titleFor(413), "The request is larger than Placeworks accepts.", Map.of(), null);
        }
        if (databaseUnavailable(e)) {
            // Overload or an outage, not a fault in the request: say so, and when to try again.
            LOG.warnf("The database was unavailable or busy on %s %s: %s", request.method(), request.path(), e.getMessage());
            return Response.fromResponse(respond(request, 503, titleFor(503), "Placeworks is very busy or its database cannot be "
                    + "reached just now. Nothing was saved. Wait a moment, then try again.", Map.of(), null))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String refused = refusedByDatabase(e);
        if (refused != null) {
            // The last line of defence: services check references and duplicates first, naming the field.
            LOG.warnf(e, "A change was refused by a database constraint on %s %s", request.method(), request.path());
            int status = refused.equals("23505") ? 409 : 422;
            String detail = refused.equals("23505") ? "This would duplicate a record that already exists."
                    : refused.startsWith("22") ? "Something you entered is too long or holds characters that cannot be stored."
                    : "This refers to a record that does not exist, or breaks a rule of the record.";
            return respond(request, status, titleFor(status), detail + " Check your entries and try again.", Map.of(), null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.errorf(e, "Unexpected error, reference %s, on %s %s", reference, request.method(), request.path());
        return respond(request, 500, titleFor(500),
                "Something went wrong on our side. Try again later. If it keeps happening, contact the service desk and quote the reference.",
                Map.of(), reference);
    }

    static final String RETRY_AFTER_SECONDS = "5";

    /** Two saves of one record met at commit: the later one is refused, in the words a stale edit uses. */
    static final String CONCURRENT_EDIT = "This record was changed by someone else while you were editing. "
            + "Check the latest details and try again.";

    /**
     * No connection to the database: every one of the pool's connections stayed busy for longer than the pool waits
     * (Agroal's "acquisition timeout"), or the server could not be reached or is shutting down (SQL states 08xxx, 57P0x).
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The SQL state of a value or integrity rule the database refused (too long, foreign key, unique, check), if that is the cause. */
    private static String refusedByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Two people saved the same record at once: Hibernate's version check caught it at commit. */
    private static boolean causedByConcurrentEdit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private Response respond(HttpServerRequest request, int status, String title, String detail,
            Map<String, String> errors, String reference) {
        for (ErrorFormat format : formats) {
            if (format.serves(request.path())) {
                return format.respond(request.path(), status, reference == null ? detail : detail + " Reference " + reference + ".",
                        errors);
            }
        }

        if (request.path().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Problem(status, title, detail, errors, reference)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, title, detail, reference)).build();
    }

    /** "create.arg0.postcode" becomes "postcode": callers name fields, not Java parameters. */
    private static String fieldName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400, 422 -> "There is a problem with what you entered";
            case 401 -> "You need to sign in";
            case 403 -> "You do not have access to this";
            case 404 -> "Page not found";
            case 405 -> "That action is not available here";
            case 409 -> "This could not be saved";
            case 413 -> "The file is too large";
            case 415 -> "That type of file or request is not accepted";
            case 503 -> "A service Placeworks relies on is unavailable";
            default -> "Sorry, there is a problem with the service";
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "If you typed the web address, check it is correct. If you followed a link, the record may have been removed or you may not have access to it.";
            case 400 -> "The request was not in a form Placeworks understands.";
            case 415 -> "Send the body with a Content-Type header this address accepts: application/json for the API "
                    + "(its description names the few others), a form from the page for pages.";
            default -> titleFor(status) + ".";
        };
    }
}
