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
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.geography.ImportReport;
import org.placeworks.geography.PlaceImports;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormPost;

/** Importing areas from CSV and boundaries from GeoJSON: all of a file, or none of it. */
@Path("/admin/areas/import")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AreaImportPage {

    @Inject
    PlaceImports imports;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String done, Integer imported, ImportOutcome outcome);
    }

    @GET
    public TemplateInstance page(@RestQuery String done, @RestQuery Integer imported) {
        return Templates.page(done == null || imported == null ? null : done, imported, ImportOutcome.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response areas(@RestForm FileUpload areasFile) {
        return upload("areas", "areasFile", () -> imports.importAreas(Uploads.text(areasFile, "file", "a CSV file of areas")));
    }

    @POST
    @Path("boundaries")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response boundaries(@RestForm FileUpload boundariesFile) {
        return upload("boundaries", "boundariesFile",
                () -> imports.importBoundaries(Uploads.text(boundariesFile, "file", "a GeoJSON file of boundaries")));
    }

    /** Imports the file and says how many were imported; a refused file is shown against its field, nothing imported. */
    private Response upload(String what, String field, Supplier<ImportReport> importing) {
        try {
            ImportReport report = importing.get();
            return FormPost.seeOther("/admin/areas/import?done=" + what + "&imported=" + report.imported());
        } catch (InvalidInput e) {
            return FormPost.page(422, Templates.page(null, null, ImportOutcome.refused(what, field, e)));
        }
    }
}
