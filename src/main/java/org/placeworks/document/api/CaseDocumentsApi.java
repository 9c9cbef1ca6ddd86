package org.placeworks.document.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.document.DocumentView;
import org.placeworks.document.Documents;
import org.placeworks.identity.Roles;

/**
 * A case's documents over the JSON API, through the same service as the pages. Uploads are multipart
 * ({@code file}, {@code title}, optionally {@code kind}); who may add or read is settled before anything
 * sent is looked at.
 */
@Path("/api/v1/cases/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Documents")
public class CaseDocumentsApi {

    @Inject
    Documents documents;

    @GET
    @Operation(summary = "The case's documents, newest first (details only; the list is audited)")
    @APIResponse(responseCode = "403", description = "The caller only knows the case exists")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    public List<DocumentView> list(@RestPath UUID id) {
        return documents.ofCase(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a document to a case",
            description = "By whoever may record contacts on the case. A PDF, PNG or JPEG image, Word (.docx, .doc) or "
                    + "OpenDocument text (.odt) file of up to 20 MB, recognised by its content. kind is one of CONSENT_FORM, "
                    + "ASSESSMENT, REPORT, LETTER, OTHER (OTHER when left out).")
    @APIResponse(responseCode = "201", description = "The document's details; Location names it")
    @APIResponse(responseCode = "413", description = "The file is larger than 20 MB; the body names the file field")
    @APIResponse(responseCode = "415", description = "The file's content is not of an accepted type; the body names the file field")
    @APIResponse(responseCode = "422", description = "No file, an empty file, or a missing title; the body names the field")
    @APIResponse(responseCode = "403", description = "The caller may not add documents to the case")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    public Response add(@RestPath UUID id, @RestForm String title, @RestForm String kind, @RestForm FileUpload file) {
        documents.mayAddToCase(id); // who may add is settled before the upload is read
        return Uploads.created(documents.addToCase(id, Uploads.read(title, kind, file)));
    }
}
