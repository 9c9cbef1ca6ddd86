package org.placeworks.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.geography.AddressView;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AddressCoverage;
import org.placeworks.organisation.CoverageLookup;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

@Path("/api/v1/coverage")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ESTATE_OFFICER,
        Roles.INTELLIGENCE_OFFICER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage", description = "Which services cover an address, within the caller's boundary")
public class CoverageApi {

    @Inject
    CoverageLookup coverage;

    @GET
    @Operation(summary = "Find addresses inside your boundary by postcode, UPRN or street")
    public List<AddressView> search(@Parameter(description = "Postcode, UPRN or part of the street") @RestQuery @TextLimit(Text.SEARCH) String q) {
        return coverage.search(q);
    }

    @GET
    @Path("{addressId}")
    @Operation(summary = "For each strand, the services whose boundary holds the address")
    @APIResponse(responseCode = "404", description = "No such address, or it is outside your boundary")
    public AddressCoverage at(@RestPath UUID addressId) {
        return coverage.at(addressId);
    }
}
