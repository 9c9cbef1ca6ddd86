package org.placeworks.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.placeworks.organisation.ServiceCommand;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.OneReading;

@Path("/api/v1/services")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class ServicesApi {

    private static final ServiceCommand EMPTY = new ServiceCommand(null, null, null, null, null, null);

    @Inject
    Services services;

    @OneReading
    @GET
    @Operation(summary = "List services with their agency, boundary areas and strands")
    public List<ServiceView> list() {
        return services.services();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service")
    @APIResponse(responseCode = "404", description = "No such service")
    public ServiceView get(@RestPath UUID id) {
        return services.service(id);
    }

    @POST
    @Operation(summary = "Add a service", description = "The version field is ignored.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the problem names each field")
    public Response create(ServiceCommand body) {
        ServiceView created = services.createService(body == null ? EMPTY : body);
        return Response.created(URI.create("/api/v1/services/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a service's name, agency, boundary or strands",
            description = "Send the version you read. A boundary that would leave a strand running on ground no service delivering it covers is refused.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "409", description = "Someone changed the service since you read it")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or the boundary would break strand delivery")
    public ServiceView update(@RestPath UUID id, ServiceCommand body) {
        return services.updateService(id, body == null ? EMPTY : body);
    }
}
