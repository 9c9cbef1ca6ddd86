package org.placeworks.insight.web;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.placeworks.identity.Roles;
import org.placeworks.insight.Claims;
import org.placeworks.insight.ClaimsList;
import org.placeworks.insight.InsightSection;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/**
 * Supporting Families claims: the families of the manager's services that meet the criteria in this claim window,
 * each with its evidence; "mark as claimed"; and the CSV for the return. Only managers (the families are personal data).
 */
@Path("/insight")
@RolesAllowed(Roles.MANAGER)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ClaimsPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @jakarta.enterprise.inject.Produces
    static final InsightSection SECTION = new InsightSection(70, "/insight/claims", "Supporting Families claims",
            "Families that meet the results criteria in this claim window, with their evidence, and the CSV for the return.");

    @Inject
    Claims claims;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ClaimsList claims, FormErrors errors, String claimed);
    }

    @GET
    @Path("claims")
    public TemplateInstance index(@org.jboss.resteasy.reactive.RestQuery String claimed) {
        return Templates.index(claims.claimable(), FormErrors.none(), claimed);
    }

    @GET
    @Path("claims.csv")
    @Produces("text/csv")
    public Response csv() {
        return Response.ok(claims.csv(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"supporting-families-claims-" + claims.window().start() + ".csv\"").build();
    }

    @GET
    @Path("claims.xlsx")
    @Produces(XLSX)
    public Response xlsx() {
        return Response.ok(claims.xlsx(), XLSX).header("Content-Disposition",
                "attachment; filename=\"supporting-families-claims-" + claims.window().start() + ".xlsx\"").build();
    }

    @POST
    @Path("claims")
    public Response claim(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("caseId", () -> {
            UUID caseId = form.required(form.uuid("caseId", Form.CHOOSE_FROM_LIST), "caseId", "Choose the family to mark as claimed");
            form.check();
            claims.markClaimed(caseId);
            return "/insight/claims?claimed=" + caseId;
        }, errors -> Templates.index(claims.claimable(), errors, null));
    }
}
