package org.placeworks.document.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.document.DocumentKind;
import org.placeworks.document.DocumentView;
import org.placeworks.document.NewDocument;
import org.placeworks.document.web.Downloads;
import org.placeworks.shared.InvalidInput;

/** The API's reading of an upload and its answer to one. */
final class Uploads {

    private Uploads() {
    }

    /** The upload as sent; a kind left out is OTHER, one that is not a kind is refused naming the field. */
    static NewDocument read(String title, String kind, FileUpload file) {
        DocumentKind chosen = DocumentKind.OTHER;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = DocumentKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("kind", "kind must be one of CONSENT_FORM, ASSESSMENT, REPORT, LETTER, OTHER");
            }
        }
        return Downloads.upload(title, chosen, file);
    }

    static Response created(DocumentView document) {
        return Response.created(URI.create("/api/v1/documents/" + document.id())).entity(document)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
