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

/** A family's own documents over the JSON API, on the same terms as a case's ({@link CaseDocumentsApi}). */
@Path("/api/v1/families/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Documents")
public class FamilyDocumentsApi {

    @Inject
    Documents documents;

    @GET
    @Operation(summary = "The family's own documents, newest first (details only; the list is audited)")
    @APIResponse(responseCode = "404", description = "No family the caller may see has that id")
    public List<DocumentView> list(@RestPath UUID id) {
        return documents.ofFamily(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a document to a family", description = "By whoever may change the family. The same files as for a case.")
    @APIResponse(responseCode = "201", description = "The document's details; Location names it")
    @APIResponse(responseCode = "413", description = "The file is larger than 20 MB; the body names the file field")
    @APIResponse(responseCode = "415", description = "The file's content is not of an accepted type; the body names the file field")
    @APIResponse(responseCode = "422", description = "No file, an empty file, or a missing title; the body names the field")
    @APIResponse(responseCode = "403", description = "The family was only shared with the caller to read")
    @APIResponse(responseCode = "404", description = "No family the caller may see has that id")
    public Response add(@RestPath UUID id, @RestForm String title, @RestForm String kind, @RestForm FileUpload file) {
        documents.mayAddToFamily(id); // who may add is settled before the upload is read
        return Uploads.created(documents.addToFamily(id, Uploads.read(title, kind, file)));
    }
}
