package org.placeworks.document.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.document.DocumentView;
import org.placeworks.document.Documents;
import org.placeworks.document.web.Downloads;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;

/** One document over the JSON API: its details, and its content to download. Both audited. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Documents")
public class DocumentsApi {

    @Inject
    Documents documents;

    @GET
    @Path("{id}")
    @Operation(summary = "A document's details (audited)")
    @APIResponse(responseCode = "403", description = "The caller only knows the document's case exists")
    @APIResponse(responseCode = "404", description = "No document the caller may see has that id")
    public DocumentView document(@RestPath UUID id) {
        return documents.document(id);
    }

    @OneReading
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the document (audited)", description = "Served as an attachment, with the type found in its content.")
    @APIResponse(responseCode = "403", description = "The caller only knows the document's case exists")
    @APIResponse(responseCode = "404", description = "No document the caller may see has that id")
    public Response content(@RestPath UUID id) {
        return Downloads.attachment(documents.download(id));
    }
}
