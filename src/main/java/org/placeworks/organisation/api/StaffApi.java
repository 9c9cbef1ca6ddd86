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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Invitation;
import org.placeworks.organisation.InviteCommand;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.OneReading;

@Path("/api/v1/staff")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class StaffApi {

    @Inject
    StaffDirectory staff;

    /** A member of staff with the roles Keycloak holds for them. */
    public record StaffDetails(StaffView member, Set<String> roles) {
    }

    /** The roles and services a member of staff should have, and the version of the record they were read at. */
    public record AccessChange(Set<String> roles, Set<UUID> serviceIds, Long version) {
    }

    /** The version of the record the leaver was read at. */
    public record Leaver(Long version) {
    }

    @OneReading
    @GET
    @Operation(summary = "List staff, current staff first")
    public List<StaffView> list() {
        return staff.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member of staff, with their roles from Keycloak")
    @APIResponse(responseCode = "404", description = "No such member of staff")
    public StaffDetails get(@RestPath UUID id) {
        return new StaffDetails(staff.member(id), staff.roles(id));
    }

    @POST
    @Operation(summary = "Invite a member of staff",
            description = "Creates their Keycloak account with the roles given. The answer holds the temporary password, once; Placeworks keeps no copy.")
    @APIResponse(responseCode = "201", description = "Invited; the body holds the temporary password")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or the user name or email is taken")
    @APIResponse(responseCode = "503", description = "Keycloak could not be reached or refused")
    public Response invite(InviteCommand body) {
        Invitation invitation = staff.invite(body == null
                ? new InviteCommand(null, null, null, null, null, null, null, null) : body);
        return Response.created(URI.create("/api/v1/staff/" + invitation.staff().id()))
                .entity(invitation).build();
    }

    @PUT
    @Path("{id}/access")
    @Operation(summary = "Set a member of staff's roles (in Keycloak) and services")
    @APIResponse(responseCode = "404", description = "No such member of staff")
    @APIResponse(responseCode = "409", description = "Someone changed the record since you read it")
    @APIResponse(responseCode = "422", description = "Unknown roles or services, or the member has left")
    public StaffView changeAccess(@RestPath UUID id, AccessChange body) {
        AccessChange change = body == null ? new AccessChange(null, null, null) : body;
        return staff.changeAccess(id, change.roles(), change.serviceIds(), change.version());
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a leaver", description = "Disables their Keycloak account, ends their sessions and their service memberships.")
    @APIResponse(responseCode = "404", description = "No such member of staff")
    @APIResponse(responseCode = "409", description = "Already left, or someone changed the record since you read it")
    public StaffView disable(@RestPath UUID id, Leaver body) {
        return staff.disable(id, body == null ? null : body.version());
    }
}
