package org.placeworks.document.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.document.Documents;
import org.placeworks.identity.Roles;

/** Adding a document to a case: whoever may record contacts on it (404 for a case the reader may not know, 403 otherwise). */
@Path("/cases/{id}/documents")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class CaseDocumentPages {

    @Inject
    Documents documents;

    @GET
    @Path("new")
    public Response form(@RestPath UUID id, @org.jboss.resteasy.reactive.RestQuery String refused) {
        return DocumentForm.open(documents.mayAddToCase(id), "/cases/" + id + "/documents/new", refused);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(@RestPath UUID id, @RestForm String title, @RestForm String kind, @RestForm FileUpload file) {
        Documents.Holder holder = documents.mayAddToCase(id); // who may add is settled before the upload is read
        return DocumentForm.save(holder, "/cases/" + id + "/documents/new", title, kind, file,
                upload -> documents.addToCase(id, upload).id());
    }
}
