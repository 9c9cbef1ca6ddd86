package org.placeworks.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyKind;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

@Path("/api/v1/agencies")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Agencies, services, strand delivery and staff")
public class AgenciesApi {

    @Inject
    Services services;

    /** A new partner agency. */
    public record NewAgency(@TextLimit(Text.SHORT) String name, AgencyKind kind) {
    }

    @GET
    @Operation(summary = "List the partner agencies that run services")
    public List<AgencyView> list() {
        return services.agencies();
    }

    @POST
    @Operation(summary = "Add a partner agency")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "A field is missing or the name is taken; the problem names each field")
    public Response create(@Valid NewAgency body) {
        NewAgency agency = body == null ? new NewAgency(null, null) : body;
        AgencyView created = services.createAgency(agency.name(), agency.kind());
        return Response.created(URI.create("/api/v1/agencies/" + created.id())).entity(created).build();
    }
}
