package org.placeworks.intelligence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.CaseReviewRow;
import org.placeworks.intelligence.CaseReviewView;
import org.placeworks.intelligence.CaseReviews;

/** ASB Case Review applications, as the case review pages show them: managers see the list's clocks and area only. */
@Path("/api/v1/intelligence/case-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTELLIGENCE_OFFICER)
@Tag(name = "Community intelligence")
public class CaseReviewsApi {

    @Inject
    CaseReviews reviews;

    @GET
    @RolesAllowed({Roles.INTELLIGENCE_OFFICER, Roles.MANAGER})
    @Operation(summary = "The applications on the caller's ground, oldest first, with their clocks",
            description = "For a manager the area only, never the address, the victim or the reports.")
    public List<CaseReviewRow> list() {
        return reviews.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application with its reports and clocks (the reading is audited)")
    @APIResponse(responseCode = "404", description = "No application on the caller's ground has that id")
    public CaseReviewView get(@RestPath UUID id) {
        return reviews.find(id);
    }
}
