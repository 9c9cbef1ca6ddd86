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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StrandDeliveryView;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** Where each strand runs in the place and which services deliver it there; starting and stopping a strand in an area. */
@Path("/admin/strands")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class StrandsPage {

    @Inject
    Services services;

    @Inject
    Places places;

    public record DeliveryForm(String strand, String areaId) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<StrandDeliveryView> deliveries, DeliveryForm form, List<Option> strands,
                List<Option> areas, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return page(new DeliveryForm("", ""), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String strand, @RestForm String areaId) {
        try {
            services.deliver(FormValues.strand("strand", strand), FormValues.uuid("areaId", areaId));
            return Response.seeOther(URI.create("/admin/strands")).build();
        } catch (InvalidInput e) {
            return ServicesPage.rerender(422, page(new DeliveryForm(strand, areaId), FormErrors.of(e)));
        }
    }

    @POST
    @Path("{id}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@RestPath UUID id) {
        services.stopDelivering(id);
        return Response.seeOther(URI.create("/admin/strands")).build();
    }

    private TemplateInstance page(DeliveryForm form, FormErrors errors) {
        return Templates.list(services.deliveries(), form, Choices.strands(), Choices.areas(places.areas()), errors);
    }
}
