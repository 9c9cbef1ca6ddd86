package org.placeworks.panel.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.panel.ActionCommand;
import org.placeworks.panel.AgendaItemView;
import org.placeworks.panel.AgendaView;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.DecisionCommand;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.MinutesView;
import org.placeworks.shared.DomainException;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/**
 * A meeting's pages: the agenda (ordered and published by the chair, read by members in the
 * window), one item, the chair's live page for running the meeting, and the minutes as HTML and PDF.
 */
@Path("/panel/meetings/{id}")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class MeetingPages {

    @Inject
    Meetings meetings;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    MinutesPdf pdf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(AgendaView agenda, FormErrors errors);

        static native TemplateInstance item(AgendaView agenda, AgendaItemView item);

        static native TemplateInstance run(AgendaView agenda, List<Option> attendance, List<Option> decisions,
                List<Option> staff, FormErrors errors);

        static native TemplateInstance minutes(MinutesView minutes, List<Option> agencies);
    }

    @GET
    public TemplateInstance agenda(@RestPath UUID id) {
        return Templates.agenda(meetings.agenda(id), FormErrors.none());
    }

    @GET
    @Path("items/{itemId}")
    public TemplateInstance item(@RestPath UUID id, @RestPath UUID itemId) {
        AgendaItemView item = meetings.item(id, itemId);
        return Templates.item(meetings.agenda(id), item);
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath UUID id, @RestForm String version) {
        return onAgenda(id, "publish", () -> meetings.publish(id, FormInput.version(version)));
    }

    @POST
    @Path("items/{itemId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath UUID id, @RestPath UUID itemId, @RestForm String position) {
        return onAgenda(id, "item-" + itemId, () -> {
            Integer to = FormInput.integer("item-" + itemId, position, "Enter the position as a whole number");
            if (to == null) {
                throw new InvalidInput("item-" + itemId, "Enter the position to move the item to");
            }
            meetings.move(id, itemId, to);
        });
    }

    @POST
    @Path("items/{itemId}/urgent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptUrgent(@RestPath UUID id, @RestPath UUID itemId, @RestForm String reason) {
        return onAgenda(id, "urgent-" + itemId, () -> {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput("urgent-" + itemId, "Enter why the panel accepts it after the cut-off");
            }
            meetings.acceptUrgent(id, itemId, reason);
        });
    }

    // --- Running the meeting ------------------------------------------------------------

    @GET
    @Path("run")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public TemplateInstance run(@RestPath UUID id) {
        return runPage(id, FormErrors.none());
    }

    @POST
    @Path("attendance")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attendance(@RestPath UUID id, @RestForm String chairPresent, @RestForm List<String> agencyId,
            @RestForm List<String> status, @RestForm List<String> attendeeName, @RestForm String version) {
        return onRun(id, "attendance", () -> {
            List<String> agencies = FormInput.orEmpty(agencyId);
            List<String> statuses = FormInput.orEmpty(status);
            List<String> names = FormInput.orEmpty(attendeeName);
            Map<UUID, AttendanceStatus> byAgency = new LinkedHashMap<>();
            Map<UUID, String> attendees = new LinkedHashMap<>();
            for (int i = 0; i < agencies.size(); i++) {
                UUID agency = FormInput.uuid("attendance", agencies.get(i), "Record attendance for the member agencies listed");
                byAgency.put(agency, FormInput.choice(AttendanceStatus.class, "attendance",
                        i < statuses.size() ? statuses.get(i) : null, "Select how each agency attended"));
                attendees.put(agency, i < names.size() ? names.get(i) : null);
            }
            meetings.recordAttendance(id, "yes".equals(chairPresent), byAgency, attendees, FormInput.version(version));
        });
    }

    @POST
    @Path("start")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath UUID id, @RestForm String confidentiality, @RestForm String version) {
        return onRun(id, "confidentiality", () -> meetings.start(id, "yes".equals(confidentiality), FormInput.version(version)));
    }

    @POST
    @Path("quorum")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response overrideQuorum(@RestPath UUID id, @RestForm String quorumReason, @RestForm String version) {
        return onRun(id, "quorumReason", () -> meetings.overrideQuorum(id, quorumReason, FormInput.version(version)));
    }

    @POST
    @Path("items/{itemId}/declarations")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declarations(@RestPath UUID id, @RestPath UUID itemId, @RestForm String declarations,
            @RestForm String version) {
        return onRun(id, "item-" + itemId, () -> meetings.declare(id, itemId, declarations, FormInput.version(version)));
    }

    @POST
    @Path("items/{itemId}/decision")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath UUID id, @RestPath UUID itemId, @RestForm String decision, @RestForm String rationale,
            @RestForm String version) {
        return onRun(id, "item-" + itemId, () -> meetings.decide(id, itemId, new DecisionCommand(
                FormInput.choice(DecisionCode.class, "item-" + itemId, decision, "Select the panel's decision"), rationale,
                FormInput.version(version))));
    }

    @POST
    @Path("items/{itemId}/actions")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAction(@RestPath UUID id, @RestPath UUID itemId, @RestForm String description,
            @RestForm String ownerId, @RestForm String dueOn) {
        return onRun(id, "item-" + itemId, () -> meetings.addAction(id, itemId, new ActionCommand(description,
                FormInput.uuid("item-" + itemId, ownerId, "Select who will do it"),
                FormInput.date("item-" + itemId, dueOn, "Enter the due date like 2026-03-31"))));
    }

    @POST
    @Path("close")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath UUID id, @RestForm String version) {
        try {
            meetings.close(id, FormInput.version(version));
            return Response.seeOther(URI.create("/panel/meetings/" + id + "/minutes")).build();
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return FormInput.html(e.status(), runPage(id, FormErrors.of(Map.of("close", e.getMessage()))));
        }
    }

    // --- Minutes --------------------------------------------------------------------------

    @GET
    @Path("minutes")
    public TemplateInstance minutes(@RestPath UUID id, @RestQuery String agencyId) {
        return Templates.minutes(meetings.minutes(id, agency(agencyId)), Choices.agencies(services.agencies()));
    }

    @GET
    @Path("minutes.pdf")
    @Produces("application/pdf")
    public Response minutesPdf(@RestPath UUID id, @RestQuery String agencyId) {
        MinutesView minutes = meetings.minutes(id, agency(agencyId));
        return Response.ok(pdf.render(minutes)).type("application/pdf")
                .header("Content-Disposition", "inline; filename=\"minutes-" + minutes.meeting().date() + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    private static UUID agency(String agencyId) {
        try {
            return agencyId == null || agencyId.isBlank() ? null : UUID.fromString(agencyId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("agency", agencyId);
        }
    }

    private TemplateInstance runPage(UUID id, FormErrors errors) {
        AgendaView agenda = meetings.agenda(id);
        if (!agenda.chair()) {
            throw new org.placeworks.shared.Forbidden("Only the chair runs the meeting.");
        }
        return Templates.run(agenda, Choices.attendance(), Choices.decisions(), Choices.staff(staff.activeNames()), errors);
    }

    /** Runs a change from the run page: 303 back to it, or the page again with the refusal and its status. */
    private Response onRun(UUID id, String field, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/panel/meetings/" + id + "/run#" + field)).build();
        } catch (NotFound e) {
            throw e;
        } catch (InvalidInput e) {
            return FormInput.html(422, runPage(id, errorsFor(field, e)));
        } catch (DomainException e) {
            return FormInput.html(e.status(), runPage(id, FormErrors.of(Map.of(field, e.getMessage()))));
        }
    }

    private Response onAgenda(UUID id, String field, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/panel/meetings/" + id)).build();
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return FormInput.html(e.status(), Templates.agenda(meetings.agenda(id),
                    e instanceof InvalidInput invalid ? errorsFor(field, invalid) : FormErrors.of(Map.of(field, e.getMessage()))));
        }
    }

    /** Field errors from the service point at the form they came from, so the summary links to it. */
    private static FormErrors errorsFor(String field, InvalidInput e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().values().forEach(message -> errors.merge(field, message, (a, b) -> a + " " + b));
        return FormErrors.of(errors);
    }

}
