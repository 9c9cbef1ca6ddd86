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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.organisation.StrandDeliveryView;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** Where each strand runs in the place and which services deliver it there; starting and stopping a strand in an area. */
@Path("/admin/strands")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class StrandsPage {

    @Inject
    Services services;

    @Inject
    Places places;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<StrandDeliveryView> deliveries, Form form, List<Option> strands,
                List<Option> areas, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance list() {
        return page(Form.empty(), FormErrors.none());
    }

    @POST
    public Response add(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/admin/strands", "strand", () -> {
            Strand strand = form.choice(Strand.class, "strand", "Select a strand from the list");
            UUID area = form.uuid("areaId");
            form.check();
            services.deliver(strand, area);
        }, errors -> page(form, errors));
    }

    @POST
    @Path("{id}/stop")
    public Response stop(@RestPath UUID id) {
        services.stopDelivering(id);
        return FormPost.seeOther("/admin/strands");
    }

    private TemplateInstance page(Form form, FormErrors errors) {
        return Templates.list(services.deliveries(), form, Choices.strands(), Choices.areas(places.areas()), errors);
    }
}
