package org.placeworks.document.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.document.DocumentKind;
import org.placeworks.document.Documents;
import org.placeworks.document.FileRefused;
import org.placeworks.document.NewDocument;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * The form that adds a document to a case or a family: a title, a kind and a file. A refused upload is
 * shown again with the reason on each field (413 for a file too large, 415 for a type not accepted, 422
 * otherwise), and nothing is saved; a saved one goes back to the documents on the case or family page.
 */
final class DocumentForm {

    private DocumentForm() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Documents.Holder holder, String action, Form form, List<Option> kinds,
                FormErrors errors);
    }

    /** The kinds a worker chooses from. */
    static final List<Option> KINDS = Arrays.stream(DocumentKind.values()).map(k -> new Option(k.name(), k.label())).toList();

    static TemplateInstance open(Documents.Holder holder, String action) {
        return Templates.form(holder, action, Form.empty(), KINDS, FormErrors.none());
    }

    /**
     * The form, empty, or again with the error when the browser was sent back because its file was larger than the
     * server takes ({@link UploadRoutes}): 413, as a file refused for its size after reading.
     */
    static Response open(Documents.Holder holder, String action, String refused) {
        if (UploadRoutes.TOO_LARGE.equals(refused)) {
            return FormPost.page(413, Templates.form(holder, action, Form.empty(), KINDS,
                    FormErrors.of(java.util.Map.of("file", Documents.TOO_LARGE))));
        }
        return Response.ok(open(holder, action)).build();
    }

    static Response save(Documents.Holder holder, String action, String title, String kind, FileUpload file,
            Function<NewDocument, UUID> add) {
        Form form = Form.empty().with("title", title).with("kind", kind);
        try {
            add.apply(Downloads.upload(title, kindOf(kind), file));
            return FormPost.seeOther(holder.path() + "#documents");
        } catch (FileRefused e) {
            return FormPost.page(e.status(), Templates.form(holder, action, form, KINDS, FormErrors.of(e)));
        } catch (InvalidInput e) {
            return FormPost.page(422, Templates.form(holder, action, form, KINDS, FormErrors.of(e)));
        }
    }

    /** A kind the form does not offer counts as none chosen: the service asks for one, with the other problems. */
    private static DocumentKind kindOf(String kind) {
        return Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }
}
