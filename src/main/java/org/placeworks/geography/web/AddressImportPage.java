package org.placeworks.geography.web;

import io.quarkus.qute.CheckedTemplate;
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
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.geography.ImportReport;
import org.placeworks.geography.PlaceImports;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;

/** Importing addresses from CSV: all of a file, or none of it. */
@Path("/admin/addresses/import")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AddressImportPage {

    @Inject
    PlaceImports imports;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Integer imported, ImportOutcome outcome);
    }

    @GET
    public TemplateInstance page(@RestQuery Integer imported) {
        return Templates.page(imported, ImportOutcome.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addresses(@RestForm FileUpload addressesFile) {
        try {
            ImportReport report = imports.importAddresses(Uploads.text(addressesFile, "file", "a CSV file of addresses"));
            return Response.seeOther(URI.create("/admin/addresses/import?imported=" + report.imported())).build();
        } catch (InvalidInput e) {
            return Response.status(422).entity(Templates.page(null, ImportOutcome.refused("addresses", "addressesFile", e))).build();
        }
    }
}
