package org.placeworks.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Function;

/**
 * The "change this record" pair of a page class: the GET shows the form filled from the record; the
 * POST makes the change and goes where the change says, or shows the form again with what was typed
 * and the errors. The record is read again only to show the form again, so a successful POST reads
 * nothing it does not change. A page class says only how to read, fill, show and change.
 */
public final class EditPage<V> {

    /** The form page of a record, with these fields and errors. */
    @FunctionalInterface
    public interface Shown<V> {
        TemplateInstance page(V record, Form form, FormErrors errors);
    }

    private final Function<UUID, V> read;
    private final Shown<V> shown;

    private EditPage(Function<UUID, V> read, Shown<V> shown) {
        this.read = read;
        this.shown = shown;
    }

    public static <V> EditPage<V> of(Function<UUID, V> read, Shown<V> shown) {
        return new EditPage<>(read, shown);
    }

    /** The GET: the form filled from the record as it stands. */
    public TemplateInstance form(UUID id, Function<V, Form> fields) {
        V record = read.apply(id);
        return shown.page(record, fields.apply(record), FormErrors.none());
    }

    /** The POST: {@code change} saves the form and answers the path to go to next; refusals are shown on {@code refusedOn}. */
    public Response save(UUID id, MultivaluedMap<String, String> body, String refusedOn, Function<Form, String> change) {
        Form form = Form.of(body);
        return FormPost.save(refusedOn, () -> change.apply(form), errors -> shown.page(read.apply(id), form, errors));
    }
}
