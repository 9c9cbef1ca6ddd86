package org.placeworks.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.organisation.StrandDeliveryView;
import org.placeworks.shared.OneReading;

@Path("/api/v1/strand-deliveries")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class StrandDeliveriesApi {

    @Inject
    Services services;

    /** Run a strand in an area. */
    public record NewDelivery(Strand strand, UUID areaId) {
    }

    @OneReading
    @GET
    @Operation(summary = "Where each strand runs, and the services delivering it")
    public List<StrandDeliveryView> list() {
        return services.deliveries();
    }

    @POST
    @Operation(summary = "Run a strand in an area")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "No service delivering the strand covers all of the area, or it already runs there")
    public Response create(NewDelivery body) {
        NewDelivery delivery = body == null ? new NewDelivery(null, null) : body;
        StrandDeliveryView created = services.deliver(delivery.strand(), delivery.areaId());
        return Response.created(URI.create("/api/v1/strand-deliveries/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop running a strand in an area")
    @APIResponse(responseCode = "204", description = "Stopped")
    @APIResponse(responseCode = "404", description = "No such strand delivery")
    public void stop(@RestPath UUID id) {
        services.stopDelivering(id);
    }
}
