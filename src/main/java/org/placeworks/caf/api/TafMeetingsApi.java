package org.placeworks.caf.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.placeworks.caf.TafMeetingCommand;
import org.placeworks.caf.TafMeetingView;
import org.placeworks.caf.TafMeetings;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;

/** Team Around the Family meetings of an early help case, through the same service as the pages. */
@Path("/api/v1/cases/{id}/taf-meetings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Early help cases")
public class TafMeetingsApi {

    @Inject
    TafMeetings meetings;

    @GET
    @Operation(summary = "The case's Team Around the Family meetings, latest first (the reading is audited)")
    @APIResponse(responseCode = "403", description = "The caller only knows the case exists")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    public List<TafMeetingView> list(@RestPath UUID id) {
        return meetings.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a Team Around the Family meeting that has happened",
            description = "heldOn (today or before, not before consent), staff (staff ids) and familyMembers (person ids of "
                    + "the family) who attended, what was agreed, and actions agreed (needId, description, ownerStaffId, dueOn), "
                    + "which join the plan. version is the case's. By whoever may change the case.")
    @APIResponse(responseCode = "201", description = "The meeting")
    @APIResponse(responseCode = "403", description = "The caller may not change the case")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or the family's consent is not in force")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it (an action's as actions[0].dueOn)")
    public Response record(@RestPath UUID id, TafMeetingCommand request) {
        meetings.checkMayRecord(id); // who may record is settled before the body is read
        if (request == null) {
            throw new InvalidInput("body", "Send the meeting as JSON");
        }
        TafMeetingView meeting = meetings.record(id, request);
        return Response.created(URI.create("/api/v1/cases/" + id + "/taf-meetings")).entity(meeting).build();
    }
}
