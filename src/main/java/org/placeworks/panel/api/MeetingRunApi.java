package org.placeworks.panel.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.panel.AgendaItemRef;
import org.placeworks.panel.AgendaView;
import org.placeworks.panel.Agendas;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.BringCommand;
import org.placeworks.panel.ItemKind;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.MinutesView;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/**
 * A month's panel from a partner system: a worker lists a case, the chair publishes the agenda, records who came,
 * opens the meeting and closes it. The same services and rules as the pages; versions as last read.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Multi-agency panel")
public class MeetingRunApi {

    @Inject
    Agendas agendas;

    @Inject
    Meetings meetings;

    /** A case brought to the next panel that serves its family, by one of the case's own workers. */
    public record ListingRequest(UUID caseId, ItemKind kind, @TextLimit(Text.LONG) String note, Boolean urgent,
            @TextLimit(Text.LONG) String urgentReason) {
    }

    /** A step of the meeting that needs only the meeting's version as last read. */
    public record MeetingStepRequest(Long version) {
    }

    /** How one member agency attended, and the name of the person who came for it. */
    public record AgencyAttendance(UUID agencyId, AttendanceStatus status, @TextLimit(Text.SHORT) String attendeeName) {
    }

    /** Who came: whether the chair is present, and each member agency's attendance. */
    public record AttendanceRequest(Boolean chairPresent, List<AgencyAttendance> agencies, Long version) {
    }

    /** Opening the meeting: everyone present has heard the confidentiality statement. */
    public record SessionRequest(Boolean confidentialityAcknowledged, Long version) {
    }

    @POST
    @Path("agenda-items")
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER})
    @Operation(summary = "Bring a case to the next panel meeting that serves its family (the case's own workers)",
            description = "After the cut-off the case goes to the following meeting, unless urgent is set with a reason:"
                    + " then the chair is asked to take it at the next one.")
    @APIResponse(responseCode = "201", description = "Listed; the body names the meeting")
    @APIResponse(responseCode = "403", description = "The caller does not work on the case")
    @APIResponse(responseCode = "404", description = "No case the caller may know of has that id")
    @APIResponse(responseCode = "422", description = "Why, or what is asked, is missing; or the case cannot come to panel now")
    public Response list(@Valid ListingRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the listing as JSON");
        }
        agendas.caseToBring(request.caseId());
        boolean urgent = Boolean.TRUE.equals(request.urgent());
        if (urgent && (request.urgentReason() == null || request.urgentReason().isBlank())) {
            throw new InvalidInput("urgentReason", "Say why the case cannot wait for the following meeting");
        }
        AgendaItemRef ref = agendas.bring(new BringCommand(request.caseId(), request.kind(), request.note(),
                null, urgent, urgent ? request.urgentReason().strip() : null));
        return Response.created(URI.create("/api/v1/meetings/" + ref.meetingId() + "/agenda")).entity(ref).build();
    }

    @POST
    @Path("meetings/{id}/publication")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Publish the agenda to the panel's members (the chair or deputy chair)")
    @APIResponse(responseCode = "409", description = "Already published, or the meeting changed since it was read")
    public AgendaView publish(@RestPath UUID id, MeetingStepRequest request) {
        meetings.publish(id, request == null ? null : request.version());
        return meetings.agenda(id);
    }

    @PUT
    @Path("meetings/{id}/attendance")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Record who came (the chair or deputy chair): the chair's presence and each member agency's attendance")
    @APIResponse(responseCode = "409", description = "The meeting changed since it was read")
    @APIResponse(responseCode = "422", description = "An agency's attendance is missing")
    public AgendaView attendance(@RestPath UUID id, @Valid AttendanceRequest request) {
        if (request == null || request.agencies() == null) {
            throw new InvalidInput("agencies", "Send each member agency's attendance");
        }
        Map<UUID, AttendanceStatus> statuses = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (int i = 0; i < request.agencies().size(); i++) {
            AgencyAttendance a = request.agencies().get(i);
            if (a == null || a.agencyId() == null || a.status() == null) {
                throw new InvalidInput("agencies[" + i + "]", "Give the agency and how it attended");
            }
            statuses.put(a.agencyId(), a.status());
            if (a.attendeeName() != null && !a.attendeeName().isBlank()) {
                names.put(a.agencyId(), a.attendeeName().strip());
            }
        }
        meetings.recordAttendance(id, Boolean.TRUE.equals(request.chairPresent()), statuses, names, request.version());
        return meetings.agenda(id);
    }

    @POST
    @Path("meetings/{id}/session")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Open the meeting (the chair, or the deputy chair when the chair is absent)")
    @APIResponse(responseCode = "409", description = "Not the day of the meeting, already open, or the meeting changed since it was read")
    @APIResponse(responseCode = "422", description = "The confidentiality statement was not acknowledged")
    public AgendaView open(@RestPath UUID id, SessionRequest request) {
        meetings.start(id, request != null && Boolean.TRUE.equals(request.confidentialityAcknowledged()),
                request == null ? null : request.version());
        return meetings.agenda(id);
    }

    @POST
    @Path("meetings/{id}/closure")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Close the meeting (the person chairing it); decisions and actions are sent to those who must act")
    @APIResponse(responseCode = "409", description = "Not in session, items still undecided, or the meeting changed since it was read")
    public MinutesView close(@RestPath UUID id, MeetingStepRequest request) {
        return meetings.close(id, request == null ? null : request.version());
    }
}
