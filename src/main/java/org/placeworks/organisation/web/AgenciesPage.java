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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyKind;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** The partner agencies that run services, and adding one. */
@Path("/admin/agencies")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AgenciesPage {

    @Inject
    Services services;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AgencyView> agencies, Form form, List<Option> kinds, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(services.agencies(), Form.empty(), Choices.agencyKinds(), FormErrors.none());
    }

    @POST
    public Response add(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/admin/agencies", "name", () -> {
            String name = form.text("name", "Agency name");
            AgencyKind kind = form.choice(AgencyKind.class, "kind", "Select the kind of agency from the list");
            form.check();
            services.createAgency(name, kind);
        }, errors -> Templates.list(services.agencies(), form, Choices.agencyKinds(), errors));
    }
}
