package org.placeworks.document.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.document.DocumentContent;
import org.placeworks.document.DocumentKind;
import org.placeworks.document.NewDocument;

/** How pages and the API hand out a document and take one in: the same headers and the same reading of a file part. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The document as an attachment, streamed from the store as it is written: never shown in the browser,
     * never sniffed into another type, never cached.
     */
    public static Response attachment(DocumentContent content) {
        StreamingOutput body = output -> {
            try (InputStream in = content.stream()) {
                in.transferTo(output);
            }
        };
        return Response.ok(body, content.document().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + content.document().fileName() + "\"")
                .header("Content-Length", content.document().size())
                .build();
    }

    /** The uploaded file as the web layer received it (a temporary file), or none when no file was chosen. */
    public static NewDocument upload(String title, DocumentKind kind, FileUpload file) {
        boolean none = file == null || file.uploadedFile() == null;
        return new NewDocument(title, kind, none ? null : file.fileName(), none ? null : file.uploadedFile());
    }
}
