package org.placeworks.family.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.placeworks.family.DuplicateSuspected;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.MoveCommand;
import org.placeworks.family.PlaceKind;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonView;
import org.placeworks.family.TimelineEntry;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

@Path("/api/v1/families")
@Tag(name = "Families", description = "Households at an address and the people in them")
@RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
@Produces(MediaType.APPLICATION_JSON)
public class FamiliesApi {

    @Inject
    Families families;

    /** Who to share a family with, and why. */
    public record ShareRequest(UUID staffId, @TextLimit(Text.LONG) String reason) {
    }

    /**
     * Where the family lives from {@code movedOn}: {@code addressId} for a UPRN address; for temporary
     * accommodation without a UPRN or no fixed abode, a {@code description} and the neighbourhood ({@code areaId}).
     */
    public record MoveRequest(PlaceKind kind, UUID addressId, @TextLimit(Text.SHORT) String description, UUID areaId,
            java.time.LocalDate movedOn, Long version) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a family at an address inside your boundary")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "422", description = "No name, or the address is unknown or outside your boundary")
    public Response register(NewFamily family) {
        FamilyView registered = families.register(family == null ? new NewFamily(null, null) : family);
        return Response.created(URI.create("/api/v1/families/" + registered.id())).entity(registered).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A family and the people in it")
    @APIResponse(responseCode = "200", description = "The family")
    @APIResponse(responseCode = "404", description = "No such family, or it is outside your boundary and not shared with you")
    public FamilyView family(@RestPath UUID id) {
        return families.family(id);
    }

    @POST
    @Path("{id}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a person to a family",
            description = "Refused with 409 and the likely matches when the person may already be recorded, unless confirmedNew is true.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "Likely duplicates: use one of them or send again with confirmedNew true;"
            + " one outside your boundary comes only as heldBy and notice (the service to contact)")
    @APIResponse(responseCode = "422", description = "Bad input, named field by field")
    public Response addPerson(@RestPath UUID id, @Valid PersonRequest person) {
        PersonRequest body = person == null ? empty() : person;
        PersonView added = families.addPerson(id, body.command(), body.confirmed());
        return Response.created(URI.create("/api/v1/people/" + added.id())).entity(added).build();
    }

    @POST
    @Path("{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the family moved, is in temporary accommodation, or has no fixed abode",
            description = "Kept in the family's address history. When an open case's service does not cover the new place, the"
                    + " case is offered to the service delivering early help whose boundary holds it (see the case's transfer).")
    @APIResponse(responseCode = "200", description = "Moved: the family with its address history")
    @APIResponse(responseCode = "409", description = "The family changed since you read it (version)")
    @APIResponse(responseCode = "422", description = "Bad input, named field by field, or a place no early help service covers")
    public FamilyView move(@RestPath UUID id, @Valid MoveRequest move) {
        MoveRequest body = move == null ? new MoveRequest(null, null, null, null, null, null) : move;
        return families.move(id, new MoveCommand(body.kind(), body.addressId(), body.description(), body.areaId(), body.movedOn(),
                body.version()));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "Everything that happened to the family and its cases, newest first")
    public List<TimelineEntry> timeline(@RestPath UUID id) {
        return families.timeline(id);
    }

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share the family with a member of staff outside its boundary (recorded and audited)")
    @APIResponse(responseCode = "204", description = "Shared")
    public void share(@RestPath UUID id, @Valid ShareRequest share) {
        families.share(id, share == null ? null : share.staffId(), share == null ? null : share.reason());
    }

    @DELETE
    @Path("{id}/shares/{staffId}")
    @Operation(summary = "Stop sharing the family with a member of staff")
    @APIResponse(responseCode = "204", description = "No longer shared")
    public void unshare(@RestPath UUID id, @RestPath UUID staffId, @RestQuery String reason) {
        families.unshare(id, staffId, reason);
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateSuspected e) {
        return BodyErrors.duplicate(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return BodyErrors.unreadable(e);
    }

    private static PersonRequest empty() {
        return new PersonRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
