package org.placeworks.estate.api;

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
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.estate.EngagementActionCommand;
import org.placeworks.estate.EngagementActionDone;
import org.placeworks.estate.EngagementActionView;
import org.placeworks.estate.EngagementCommand;
import org.placeworks.estate.EngagementFilter;
import org.placeworks.estate.EngagementKind;
import org.placeworks.estate.EngagementList;
import org.placeworks.estate.EngagementView;
import org.placeworks.estate.Engagements;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;

/** Community engagement on the estate: events, the actions agreed at them, and the caller's open actions. */
@Path("/api/v1/estate/engagement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ESTATE_OFFICER, Roles.MANAGER})
@Tag(name = "Community engagement")
public class EngagementApi {

    @Inject
    Engagements engagements;

    @OneReading
    @GET
    @Operation(summary = "Events the caller may see, newest first, 20 a page; optionally of one kind and at one place "
            + "(an estate or one of its neighbourhoods)")
    @APIResponse(responseCode = "422", description = "A kind, place or page that cannot be read, named in the problem")
    public EngagementList list(@RestQuery String kind, @RestQuery String placeId, @RestQuery String page) {
        EngagementKind k = null;
        UUID place = null;
        int number = 1;
        try {
            k = kind == null || kind.isBlank() ? null : EngagementKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw badQuery("kind", "kind must be one of WALKABOUT, RESIDENTS_MEETING, CLEAN_UP_DAY, OTHER");
        }
        try {
            place = placeId == null || placeId.isBlank() ? null : UUID.fromString(placeId.strip());
        } catch (IllegalArgumentException e) {
            throw badQuery("placeId", "placeId must be the id of an estate or neighbourhood");
        }
        if (page != null && !page.isBlank()) {
            if (!page.strip().matches("\\d{1,6}") || Integer.parseInt(page.strip()) < 1) {
                throw badQuery("page", "page must be a whole number from 1");
            }
            number = Integer.parseInt(page.strip());
        }
        return engagements.list(new EngagementFilter(k, place, number));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an event for a service the caller works for, which delivers Estate Services and covers the place")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the event")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or the service does not cover the place")
    public Response record(EngagementCommand command) {
        UUID id = engagements.record(command);
        return Response.created(URI.create("/api/v1/estate/engagement/" + id)).entity(engagements.event(id)).build();
    }

    @OneReading
    @GET
    @Path("my-actions")
    @Operation(summary = "The caller's open actions across events, soonest due (so overdue) first")
    public List<EngagementActionView> myActions() {
        return engagements.myActions();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event with its actions")
    @APIResponse(responseCode = "404", description = "No event the caller may see has that id")
    public EngagementView event(@RestPath UUID id) {
        return engagements.event(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an event, carrying the version read; the service that held it stays")
    @APIResponse(responseCode = "403", description = "The caller sees the event but does not work for its service")
    @APIResponse(responseCode = "404", description = "No event the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The event changed since the caller read it")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong")
    public EngagementView change(@RestPath UUID id, EngagementCommand command) {
        engagements.change(id, command);
        return engagements.event(id);
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an action, owned by someone who works for the event's service, due on or after the event")
    @APIResponse(responseCode = "201", description = "Added; the answer is the event with its actions")
    @APIResponse(responseCode = "403", description = "The caller sees the event but does not work for its service")
    @APIResponse(responseCode = "404", description = "No event the caller may see has that id")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong")
    public Response addAction(@RestPath UUID id, EngagementActionCommand command) {
        engagements.addAction(id, command);
        return Response.status(Response.Status.CREATED).entity(engagements.event(id)).build();
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an action done today, by the caller, carrying the action's version")
    @APIResponse(responseCode = "403", description = "The caller sees the event but does not work for its service")
    @APIResponse(responseCode = "404", description = "No such action on an event the caller may see")
    @APIResponse(responseCode = "409", description = "The action changed since the caller read it, or is already done")
    public EngagementView markDone(@RestPath UUID id, @RestPath UUID actionId, EngagementActionDone command) {
        engagements.markDone(id, actionId, command);
        return engagements.event(id);
    }

    private static InvalidInput badQuery(String field, String message) {
        return new InvalidInput(field, message);
    }
}
