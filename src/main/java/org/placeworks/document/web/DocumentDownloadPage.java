package org.placeworks.document.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.document.Documents;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;

/** Downloading a document from the case or family page: for whoever may see the case or family; audited. */
@Path("/documents")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
public class DocumentDownloadPage {

    @Inject
    Documents documents;

    @OneReading
    @GET
    @Path("{id}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@RestPath UUID id) {
        return Downloads.attachment(documents.download(id));
    }
}
