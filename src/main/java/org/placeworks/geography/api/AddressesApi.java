package org.placeworks.geography.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.geography.AddressPage;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Problem;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/** Addresses: administrators only (staff reach addresses through the records that hold them). */
@Path("/api/v1/addresses")
@Tag(name = "Addresses", description = "Addresses with UPRN and postcode, each in a neighbourhood and perhaps an estate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AddressesApi {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    Places places;

    @OneReading
    @GET
    @Operation(summary = "Find addresses", description = "By postcode (any spacing), UPRN or part of the first line; all addresses when q is blank. Pages count from 1.")
    @APIResponse(responseCode = "200", description = "A page of addresses", content = @Content(schema = @Schema(implementation = AddressPage.class)))
    @APIResponse(responseCode = "422", description = "A bad page or size", content = @Content(schema = @Schema(implementation = Problem.class)))
    public AddressPage search(@Parameter(description = "Postcode, UPRN or street") @RestQuery @TextLimit(Text.SEARCH) String q,
            @Parameter(description = "From 1") @RestQuery Integer page, @Parameter(description = "1 to 100; 20 by default") @RestQuery Integer size) {
        if (page != null && page < 1) {
            throw new InvalidInput("page", "page counts from 1");
        }
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw new InvalidInput("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return places.addressPage(q, page == null ? 1 : page, size == null ? 20 : size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an address")
    @APIResponse(responseCode = "200", description = "The address", content = @Content(schema = @Schema(implementation = AddressView.class)))
    @APIResponse(responseCode = "404", description = "No such address", content = @Content(schema = @Schema(implementation = Problem.class)))
    public AddressView get(@RestPath UUID id) {
        return places.address(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an address")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AddressView.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule", content = @Content(schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid AddressRequest request) {
        AddressView address = places.createAddress(AreasApi.body(request).command());
        return Response.created(URI.create("/api/v1/addresses/" + address.id())).entity(address).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an address", description = "Send the version last read; a stale version is refused with 409")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = AddressView.class)))
    @APIResponse(responseCode = "404", description = "No such address", content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed it first", content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule", content = @Content(schema = @Schema(implementation = Problem.class)))
    public AddressView update(@RestPath UUID id, @Valid AddressRequest request) {
        places.address(id);
        AreaRequest.requireVersion(AreasApi.body(request).version(), "address");
        return places.updateAddress(id, request.command());
    }
}
