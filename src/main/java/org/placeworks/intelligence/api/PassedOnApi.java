package org.placeworks.intelligence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.PassedOn;
import org.placeworks.intelligence.PassedOnView;

/** Reports passed to the caller's services, sanitised, as the "Reports passed to your service" pages show them. */
@Path("/api/v1/intelligence/passed-on")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ESTATE_OFFICER,
    Roles.INTELLIGENCE_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE, Roles.DPO})
@Tag(name = "Community intelligence")
public class PassedOnApi {

    /** The body of an acknowledgement: the version of the passed-on report the caller read. */
    public record Acknowledgement(Long version) {
    }

    @Inject
    PassedOn passedOn;

    @GET
    @Operation(summary = "Reports passed to the caller's services, newest first (audited)",
            description = "Only the sanitised summary, grading, category, date and street-level place: never the reporter.")
    public PassedOn.PassedOnPage list(@RestQuery Integer page) {
        return passedOn.list(page == null ? 0 : page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report passed to the caller's service (audited)")
    @APIResponse(responseCode = "404", description = "Nothing with that id was passed to a service the caller belongs to")
    public PassedOnView get(@RestPath UUID id) {
        return passedOn.find(id);
    }

    @POST
    @Path("{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge a report passed to the caller's service")
    @APIResponse(responseCode = "404", description = "Nothing with that id was passed to a service the caller belongs to")
    @APIResponse(responseCode = "409", description = "It changed since the version sent, or was already acknowledged")
    public PassedOnView acknowledge(@RestPath UUID id, Acknowledgement body) {
        return passedOn.acknowledge(id, body == null ? null : body.version());
    }
}
