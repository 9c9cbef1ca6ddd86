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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.geography.ImportReport;
import org.placeworks.geography.PopulationRelease;
import org.placeworks.geography.PopulationVintage;
import org.placeworks.geography.Populations;
import org.placeworks.geography.internal.CsvTable;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.FieldError;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/** Replacing areas' resident and child populations with published figures: all of a file, or none of it. */
@Path("/admin/areas/populations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PopulationImportPage {

    static final String FILE = "populationsFile";

    @Inject
    Populations populations;

    @Inject
    Today today;

    /** What the form shows again after a refusal. */
    public record Entered(String vintage, String source) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Integer imported, List<PopulationVintage> vintages, Entered entered,
                ImportOutcome outcome);
    }

    @GET
    public TemplateInstance page(@RestQuery Integer imported) {
        return Templates.page(imported, populations.vintages(), new Entered("", ""), ImportOutcome.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String vintage, @RestForm String source, @RestForm FileUpload populationsFile) {
        // Both the year and source and the file are checked before either is acted on, so every problem shows at once.
        List<FieldError> errors = new ArrayList<>();
        PopulationRelease release = null;
        try {
            release = PopulationRelease.parse(vintage, source, today.date().getYear());
        } catch (InvalidInput e) {
            errors.addAll(FormErrors.of(e).list());
        }
        String csv = null;
        try {
            csv = Uploads.text(populationsFile, "file", "a CSV file of populations");
        } catch (InvalidInput e) {
            errors.add(new FieldError(FILE, e.errors().get("file")));
        }
        if (release == null && csv != null) {
            try {
                CsvTable.parse(csv, Populations.COLUMNS, List.of()); // the file's shape, so its problem shows too
            } catch (InvalidInput e) {
                errors.add(new FieldError(FILE, e.errors().get("file")));
            }
        }
        Entered entered = new Entered(vintage, source);
        if (!errors.isEmpty()) {
            return refused(entered, new ImportOutcome("populations", new FormErrors(errors), List.of()));
        }
        try {
            ImportReport report = populations.importFigures(csv, release);
            return FormPost.seeOther("/admin/areas/populations?imported=" + report.imported());
        } catch (InvalidInput e) {
            return refused(entered, ImportOutcome.refused("populations", FILE, e));
        }
    }

    private Response refused(Entered entered, ImportOutcome outcome) {
        return FormPost.page(422, Templates.page(null, populations.vintages(), entered, outcome));
    }
}
