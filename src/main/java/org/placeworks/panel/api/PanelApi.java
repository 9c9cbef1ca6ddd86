package org.placeworks.panel.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.identity.Roles;
import org.placeworks.panel.ActionCommand;
import org.placeworks.panel.ActionView;
import org.placeworks.panel.AgendaItemView;
import org.placeworks.panel.AgendaView;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.DecisionCommand;
import org.placeworks.panel.MeetingSummary;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.PanelView;
import org.placeworks.panel.Panels;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;
import org.placeworks.shared.Today;

/** Panels, their meetings and agendas, decisions and actions, for partner systems. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Multi-agency panel")
public class PanelApi {

    @Inject
    Today today;

    @Inject
    Panels panels;

    @Inject
    Meetings meetings;

    /**
     * A decision on an agenda item, with the item's version as last read. With ALLOCATE_LEAD_PROFESSIONAL, the lead
     * professional appointed on the case; with AWARD_GRANT on an item about a grant request, the amount awarded in
     * pence if lower than asked and the fund (the request's own; both optional); with STEP_UP, the MASH reference, which
     * starts the case's step up (without it, the case's worker records the step up later); with CLOSE, the
     * closureReason and the outcome of each of the case's needs (need id to MET, PARTLY_MET or NOT_MET; the chair's
     * agenda lists the needs as closingNeeds), which start the case's closure (without a reason, the case's worker
     * closes it later).
     */
    public record DecisionRequest(DecisionCode decision, @TextLimit(Text.LONG) String rationale, Long version,
            UUID leadProfessionalId, Long awardPence, UUID fundId, @TextLimit(Text.SHORT) String mashReference,
            ClosureReason closureReason, Map<UUID, NeedOutcome> outcomes) {
    }

    /** A declaration of interest on an item, with the item's version as last read. */
    public record InterestRequest(UUID declarerId, @TextLimit(Text.LONG) String interest, Boolean withdrew, Long version) {
    }

    /** A new wording of the minutes (after circulation, a correction with its reason), with the minutes' version. */
    public record MinutesRevisionRequest(@TextLimit(Text.LONG) String text, @TextLimit(Text.LONG) String reason, Long version) {
    }

    /** A step of the minutes (circulating them, agreeing them), with the minutes' version as last read. */
    public record MinutesStepRequest(Long version) {
    }

    /** The agencies a quorum of the panel must include, with the panel's version as last read. */
    public record QuorumAgenciesRequest(java.util.Set<UUID> agencyIds, Long version) {
    }

    /** Cancelling a meeting, with the reason and the meeting's version as last read. */
    public record CancelRequest(@TextLimit(Text.LONG) String reason, Long version) {
    }

    /** Moving a meeting to another day, with the reason and the meeting's version as last read. */
    public record MoveRequest(LocalDate date, @TextLimit(Text.LONG) String reason, Long version) {
    }

    public record ActionRequest(@TextLimit(Text.LONG) String description, UUID ownerId, LocalDate dueOn) {
    }

    @OneReading
    @GET
    @Path("panels")
    @Operation(summary = "Panels the caller chairs or sits on (managers: every panel)")
    public List<PanelView> panels() {
        return panels.visible();
    }

    @GET
    @Path("panels/{id}/meetings")
    @Operation(summary = "A panel's meetings from a day (default: 3 months ago)")
    @APIResponse(responseCode = "404", description = "No panel the caller may see has that id")
    public List<MeetingSummary> meetings(@RestPath UUID id,
            @RestQuery @Parameter(description = "First day, YYYY-MM-DD") LocalDate from) {
        return panels.meetings(id, from == null ? today.date().minusMonths(3) : from);
    }

    @GET
    @Path("meetings/{id}/agenda")
    @Operation(summary = "A meeting's agenda, with each item's case summary (each read is audited)",
            description = "Members see it from publication until 28 days after the meeting; the chair and managers always.")
    @APIResponse(responseCode = "404", description = "No meeting the caller may see has that id")
    public AgendaView agenda(@RestPath UUID id) {
        return meetings.agenda(id);
    }

    @POST
    @Path("meetings/{id}/items/{itemId}/decision")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Record the panel's decision on an item (the chair)")
    @APIResponse(responseCode = "409", description = "The meeting is not in session or not quorate, or the item changed since it was read")
    @APIResponse(responseCode = "422", description = "The decision or its reasons are missing, or a closure lacks a need's outcome")
    public AgendaItemView decide(@RestPath UUID id, @RestPath UUID itemId, @Valid DecisionRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the decision as JSON");
        }
        return meetings.decide(id, itemId, new DecisionCommand(request.decision(), request.rationale(), request.version(),
                request.leadProfessionalId(), request.awardPence(), request.fundId(), request.mashReference(),
                request.closureReason(), request.outcomes()));
    }

    @POST
    @Path("meetings/{id}/items/{itemId}/interests")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Record a declaration of interest on an item (the chair or deputy chair)",
            description = "Who declared (the chair, deputy chair, a member or deputy), what, and whether they withdrew from the"
                    + " item; those who withdrew do not count towards the item's quorum.")
    @APIResponse(responseCode = "409", description = "The meeting is not in session, or the item changed since it was read")
    @APIResponse(responseCode = "422", description = "Who, what or whether they withdrew is missing, or the person does not sit on the panel")
    public AgendaItemView declareInterest(@RestPath UUID id, @RestPath UUID itemId, @Valid InterestRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the declaration as JSON");
        }
        return meetings.declareInterest(id, itemId, new org.placeworks.panel.InterestCommand(request.declarerId(),
                request.interest(), request.withdrew(), request.version()));
    }

    @GET
    @Path("meetings/{id}/minutes")
    @Operation(summary = "The minutes of a closed meeting, with where they are (draft, circulated, agreed) and every wording",
            description = "The chair and managers read the full minutes; a member reads their agency's copy. Each read is audited.")
    @APIResponse(responseCode = "404", description = "No closed meeting the caller may see has that id")
    public org.placeworks.panel.MinutesView minutes(@RestPath UUID id) {
        return meetings.minutes(id, null);
    }

    @POST
    @Path("meetings/{id}/minutes/revisions")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Reword the draft minutes, or correct circulated minutes with the reason (the chair or deputy chair)")
    @APIResponse(responseCode = "409", description = "The minutes were agreed, or changed since they were read")
    @APIResponse(responseCode = "422", description = "The text, or a correction's reason, is missing")
    public org.placeworks.panel.MinutesView reviseMinutes(@RestPath UUID id, @Valid MinutesRevisionRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the minutes as JSON");
        }
        meetings.reviseMinutes(id, request.text(), request.reason(), request.version());
        return meetings.minutes(id, null);
    }

    @POST
    @Path("meetings/{id}/minutes/circulation")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Circulate the draft minutes for accuracy (the chair or deputy chair)")
    @APIResponse(responseCode = "409", description = "Already circulated, or the minutes changed since they were read")
    public org.placeworks.panel.MinutesView circulateMinutes(@RestPath UUID id, MinutesStepRequest request) {
        meetings.circulateMinutes(id, request == null ? null : request.version());
        return meetings.minutes(id, null);
    }

    @POST
    @Path("meetings/{id}/last-minutes/agreement")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "At this meeting, in session, agree the minutes of the panel's last meeting as a true record")
    @APIResponse(responseCode = "204", description = "Agreed")
    @APIResponse(responseCode = "409", description = "Not in session, the minutes are not circulated, or they changed since they were read")
    public Response agreeLastMinutes(@RestPath UUID id, MinutesStepRequest request) {
        meetings.agreeLastMinutes(id, request == null ? null : request.version());
        return Response.noContent().build();
    }

    @POST
    @Path("panels/{id}/quorum-agencies")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Name the member agencies a quorum must include (managers and administrators)",
            description = "Besides the number of agencies; an empty list means any agencies will do. The person chairing counts.")
    @APIResponse(responseCode = "409", description = "The panel changed since it was read")
    @APIResponse(responseCode = "422", description = "An agency does not sit on the panel")
    public PanelView requireAgenciesForQuorum(@RestPath UUID id, QuorumAgenciesRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the agencies as JSON");
        }
        return panels.requireAgenciesForQuorum(id, request.agencyIds(), request.version());
    }

    @POST
    @Path("meetings/{id}/items/{itemId}/actions")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Set an action on an item (the chair)")
    @APIResponse(responseCode = "201", description = "The action was set")
    @APIResponse(responseCode = "409", description = "The meeting is not in session or not quorate")
    public Response addAction(@RestPath UUID id, @RestPath UUID itemId, @Valid ActionRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the action as JSON");
        }
        ActionView action = meetings.addAction(id, itemId, new ActionCommand(request.description(), request.ownerId(), request.dueOn()));
        return Response.created(URI.create("/api/v1/panel-actions")).entity(action).build();
    }

    @POST
    @Path("meetings/{id}/cancellation")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Cancel a meeting before it starts (the chair or deputy chair); its items move to the next meeting")
    @APIResponse(responseCode = "200", description = "The meeting the items moved to")
    @APIResponse(responseCode = "409", description = "The meeting has started or was cancelled, or it changed since it was read")
    @APIResponse(responseCode = "422", description = "The reason is missing")
    public MeetingSummary cancel(@RestPath UUID id, @Valid CancelRequest request) {
        return meetings.cancel(id, request == null ? null : request.reason(), request == null ? null : request.version());
    }

    @POST
    @Path("meetings/{id}/new-date")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Move a meeting to another day before it starts (the chair or deputy chair); its items go with it")
    @APIResponse(responseCode = "409", description = "The meeting has started or was cancelled, or it changed since it was read")
    @APIResponse(responseCode = "422", description = "The date (today or later, a day the panel does not already meet) or the reason is missing")
    public MeetingSummary move(@RestPath UUID id, @Valid MoveRequest request) {
        return meetings.reschedule(id, request == null ? null : request.date(), request == null ? null : request.reason(),
                request == null ? null : request.version());
    }

    @OneReading
    @GET
    @Path("panel-actions")
    @Operation(summary = "Open panel actions of the caller's panels, overdue first")
    public List<ActionView> actions(@RestQuery @Parameter(description = "Only the caller's own") boolean mine) {
        return meetings.openActions(mine);
    }
}
