package org.placeworks.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.placeworks.shared.DomainException;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/**
 * Post-redirect-get, the same for every form: the change is made and the browser is sent on
 * (303); or the change is refused and the form is shown again, as typed, with a GOV.UK error
 * summary. Bad input ({@code InvalidInput}, including {@code OutsideBoundary}) is 422 with a
 * message on each field; a stale edit or a step the record is not ready for keeps its own status
 * (409) with the reason on {@code refusedOn}, the field the form's summary links to. A record the
 * user may not see or change is never a form error: it is left to the error pages (404, 403).
 */
public final class FormPost {

    private FormPost() {
    }

    /** Makes the change, which answers the path to go to next. */
    public static Response save(String refusedOn, Supplier<String> change, Function<FormErrors, TemplateInstance> form) {
        return answer(refusedOn, () -> seeOther(change.get()), form);
    }

    /** Makes the change and goes to {@code next}. */
    public static Response save(String next, String refusedOn, Runnable change, Function<FormErrors, TemplateInstance> form) {
        return answer(refusedOn, () -> {
            change.run();
            return seeOther(next);
        }, form);
    }

    /** As {@link #save}, for a form whose answer is not a redirect (a page that shows a one-time secret). */
    public static Response answer(String refusedOn, Supplier<Response> change, Function<FormErrors, TemplateInstance> form) {
        try {
            return change.get();
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (InvalidInput e) {
            return page(422, form.apply(FormErrors.of(e)));
        } catch (DomainException e) {
            return page(e.status(), form.apply(FormErrors.of(Map.of(refusedOn, e.getMessage()))));
        }
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** A page with a status other than 200, such as a form shown again with its errors. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
