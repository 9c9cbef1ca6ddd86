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

/** Adding a document to a family: whoever may change the family (403 if it was only shared with them, 404 otherwise). */
@Path("/families/{id}/documents")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class FamilyDocumentPages {

    @Inject
    Documents documents;

    @GET
    @Path("new")
    public Response form(@RestPath UUID id, @org.jboss.resteasy.reactive.RestQuery String refused) {
        return DocumentForm.open(documents.mayAddToFamily(id), "/families/" + id + "/documents/new", refused);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(@RestPath UUID id, @RestForm String title, @RestForm String kind, @RestForm FileUpload file) {
        Documents.Holder holder = documents.mayAddToFamily(id); // who may add is settled before the upload is read
        return DocumentForm.save(holder, "/families/" + id + "/documents/new", title, kind, file,
                upload -> documents.addToFamily(id, upload).id());
    }
}
