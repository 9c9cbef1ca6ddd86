package org.placeworks.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/**
 * One record per create request, however often it arrives. A POST that carries an idempotency key (the hidden
 * field every create form holds, or the {@code Idempotency-Key} header of an API call) is done once: a repeat with
 * the same key and the same request is answered as the first was (its redirect, or its status and body) without
 * doing the work again; the same key with a different request is refused (422). A repeat that arrives while the
 * first is still being handled waits for its answer. Only an answer that made something is kept (an API's 2xx or
 * 3xx, a form's redirect): a refused form may be corrected and sent again with its key. A POST without a key is
 * handled as before.
 *
 * <p>Applied here, to every page and endpoint, rather than by each resource. It runs after the sign-in, role and
 * CSRF checks, so a key can never let a request past them.
 */
public class Idempotency {

    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final String HELD = Idempotency.class.getName() + ".held";
    private static final int LONGEST_KEY = 200;

    @Inject
    IdempotencySettings settings;

    @Inject
    IdempotentRequests requests;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Event<AnswerReplayed> replays;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    /** The key a request holds while its work is done, for the response filter to store the answer under. */
    private record Held(String staff, String key, boolean api) {

        /**
         * Whether the answer made something, and so is the answer to every repeat. A form that made a record redirects
         * (post-redirect-get); one shown again with a 200 (an address search within the form) made nothing yet.
         */
        boolean kept(int status) {
            return api ? status >= 200 && status < 400 : status >= 300 && status < 400;
        }
    }

    @ServerRequestFilter(priority = Priorities.USER + 500)
    @WithFormRead
    public Optional<Response> replayOrHold(ResteasyReactiveContainerRequestContext request) {
        if (!settings.enabled() || !"POST".equals(request.getMethod()) || !BlockingOperationControl.isBlockingAllowed()) {
            return Optional.empty();
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        FormData form = context.getFormData();
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        String key = form != null && form.getFirst(IdempotencyKeys.FIELD) != null
                ? form.getFirst(IdempotencyKeys.FIELD).getValue() : request.getHeaderString(IdempotencyKeys.HEADER);
        if (key == null) {
            return Optional.empty();
        }
        String field = form != null ? IdempotencyKeys.FIELD : IdempotencyKeys.HEADER;
        key = key.strip();
        if (key.isEmpty() || key.length() > LONGEST_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInput(field, "The idempotency key must be 1 to " + LONGEST_KEY + " visible ASCII characters");
        }
        String staff = IdempotencyKeys.ownerOf(identity);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String fingerprint = fingerprint(request, form, path);

        Optional<IdempotentRequests.Stored> earlier = requests.claim(staff, key, "POST", path, fingerprint);
        if (earlier.isPresent() && earlier.get().fingerprint().equals(fingerprint) && !earlier.get().answered()) {
            // The first sending is still being handled: wait for its answer; if it was refused, this one tries instead.
            earlier = requests.awaitAnswer(staff, key, earlier.get());
            if (earlier.isEmpty()) {
                earlier = requests.claim(staff, key, "POST", path, fingerprint);
            }
        }
        if (earlier.isEmpty()) {
            request.setProperty(HELD, new Held(staff, key, api));
            return Optional.empty();
        }
        IdempotentRequests.Stored first = earlier.get();
        if (!first.fingerprint().equals(fingerprint)) {
            throw new InvalidInput(field, api
                    ? "This Idempotency-Key was already used for a different request. Send a new key with each new request."
                    : "This form was already sent with different answers. Go back, reload the page and fill it in again.");
        }
        if (!first.answered()) {
            throw new Conflict(api ? "A request with this Idempotency-Key is still being handled. Try again in a moment."
                    : "This form is still being sent. Wait a moment, then reload the page.");
        }
        if (first.body() != null) {
            replays.fire(new AnswerReplayed(staff, "POST", path, first.status()));
        }
        Response.ResponseBuilder replay = Response.status(first.status()).header("Idempotent-Replayed", "true");
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        if (first.body() != null) {
            replay.entity(first.body()).type(first.contentType() == null ? MediaType.TEXT_PLAIN : first.contentType());
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(HELD) instanceof Held held)) {
            return;
        }
        request.removeProperty(HELD);
        int status = response.getStatus();
        try {
            if (!held.kept(status)) {
                requests.release(held.staff(), held.key());
                return;
            }
            String body = body(response);
            MediaType type = response.getMediaType();
            requests.answered(held.staff(), held.key(), status, response.getHeaderString(HttpHeaders.LOCATION),
                    type == null ? null : type.toString(), body);
        } catch (RuntimeException e) {
            // The work is done and answered; a repeat of this request will wait, then be told to try again later.
            LOG.errorf(e, "Could not store the answer to %s %s for its repeats", request.getMethod(), request.getUriInfo().getPath());
        }
    }

    /** The answer's body as text, as a repeat will be sent it; a page is drawn once, here, and sent as drawn. */
    private String body(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        if (entity instanceof TemplateInstance page) {
            String drawn = page.render();
            response.setEntity(drawn, response.getEntityAnnotations(), response.getMediaType());
            return drawn;
        }
        try {
            String written = json.writeValueAsString(entity);
            response.setEntity(written, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the request asks for: its path and query and its body (a form's fields, without the CSRF token, which
     * changes with the session, and the key itself; a JSON body as sent), hashed.
     */
    private String fingerprint(ResteasyReactiveContainerRequestContext request, FormData form, String path) {
        MessageDigest digest = sha256();
        digest.update(("POST " + path + "?" + nullToEmpty(request.getUriInfo().getRequestUri().getRawQuery()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (form != null) {
            List<String> names = new ArrayList<>();
            form.forEach(names::add);
            names.sort(null);
            for (String name : names) {
                if (name.equals(csrfField) || name.equals(IdempotencyKeys.FIELD)) {
                    continue;
                }
                for (FormValue value : form.get(name)) {
                    String shown = value.isFileItem() ? "file:" + value.getFileName() + ":" + fileSize(value) : value.getValue();
                    digest.update((name + "=" + shown + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } else {
            try {
                byte[] body = request.getEntityStream().readAllBytes();
                request.setEntityStream(new ByteArrayInputStream(body));
                digest.update(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long fileSize(FormValue value) {
        try {
            return value.getFileItem().getFileSize();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
