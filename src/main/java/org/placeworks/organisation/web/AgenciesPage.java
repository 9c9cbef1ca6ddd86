package org.placeworks.organisation.web;

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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyKind;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** The partner agencies that run services, and adding one. */
@Path("/admin/agencies")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AgenciesPage {

    @Inject
    Services services;

    public record AgencyForm(String name, String kind) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AgencyView> agencies, AgencyForm form, List<Option> kinds, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(services.agencies(), new AgencyForm("", ""), Choices.agencyKinds(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String name, @RestForm String kind) {
        AgencyForm posted = new AgencyForm(name, kind);
        try {
            services.createAgency(name, kind(kind));
            return Response.seeOther(URI.create("/admin/agencies")).build();
        } catch (InvalidInput e) {
            return ServicesPage.rerender(422, Templates.list(services.agencies(), posted, Choices.agencyKinds(), FormErrors.of(e)));
        }
    }

    private static AgencyKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return AgencyKind.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "Select the kind of agency from the list");
        }
    }
}
