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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.NeedOutcome;
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
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * A meeting's pages: the agenda (ordered and published by the chair, read by members in the
 * window), one item, the chair's live page for running the meeting, and the minutes as HTML and PDF.
 */
@Path("/panel/meetings/{id}")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class MeetingPages {

    /** The decision form's field for a need's outcome is this and the need's id. */
    static final String OUTCOME = "outcome-";

    @Inject
    Meetings meetings;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    MinutesPdf pdf;

    @Inject
    org.placeworks.panel.Panels panels;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(AgendaView agenda, FormErrors errors, Form posted);

        static native TemplateInstance item(AgendaView agenda, AgendaItemView item);

        static native TemplateInstance run(AgendaView agenda, List<Option> attendance, List<Option> decisions,
                List<Option> staff, List<Option> people, List<Option> closureReasons, List<Option> outcomes, FormErrors errors,
                RunForm posted);

        static native TemplateInstance minutes(MinutesView minutes, List<Option> agencies, FormErrors errors, Form posted);
    }

    /**
     * What the chair typed into the run page's form that was refused, to show it again with the error:
     * {@code part} names that form (quorum, declarations, decision or action), {@code itemId} its item.
     */
    public record RunForm(UUID itemId, String part, Form values) {

        static final RunForm NONE = new RunForm(null, "", Form.empty());

        static RunForm item(UUID itemId, String part) {
            return new RunForm(itemId, part, Form.empty());
        }

        /** The id of an item's due-date boxes. */
        public String dueName(UUID item) {
            return "due-" + item;
        }

        /** The name of a need's outcome field on the decision form. */
        public String outcomeName(UUID need) {
            return OUTCOME + need;
        }

        /** Whether the refused form is this one: the item's form named {@code form}. */
        public boolean on(UUID item, String form) {
            return item.equals(itemId) && form.equals(part);
        }
    }

    @GET
    public TemplateInstance agenda(@RestPath UUID id) {
        return Templates.agenda(meetings.agenda(id), FormErrors.none(), Form.empty());
    }

    @OneReading
    @GET
    @Path("items/{itemId}")
    public TemplateInstance item(@RestPath UUID id, @RestPath UUID itemId) {
        AgendaItemView item = meetings.item(id, itemId);
        return Templates.item(meetings.agenda(id), item);
    }

    @POST
    @Path("publish")
    public Response publish(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return onAgenda(id, null, "publish", () -> meetings.publish(id, Form.of(body).version()));
    }

    @POST
    @Path("items/{itemId}/move")
    public Response move(@RestPath UUID id, @RestPath UUID itemId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onAgenda(id, itemId, "item-" + itemId, () -> {
            Integer to = form.required(form.whole("position", "The position"), "position", "Enter the position to move the item to");
            form.check();
            meetings.move(id, itemId, to);
        });
    }

    @POST
    @Path("items/{itemId}/urgent")
    public Response acceptUrgent(@RestPath UUID id, @RestPath UUID itemId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onAgenda(id, itemId, "urgent-" + itemId, () -> {
            String reason = form.required(form.longText("reason", "The reason"), "reason",
                    "Enter why the panel accepts it after the cut-off");
            form.check();
            meetings.acceptUrgent(id, itemId, reason);
        });
    }

    // --- Cancelling or moving the meeting --------------------------------------------------

    @POST
    @Path("cancel")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response cancel(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onCancelOrMove(id, form, "cancelReason", () -> {
            String reason = form.longText("cancelReason", "Why the meeting is cancelled");
            form.check();
            meetings.cancel(id, reason, form.version());
        });
    }

    @POST
    @Path("reschedule")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response reschedule(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onCancelOrMove(id, form, "newDate", () -> {
            LocalDate date = form.date("newDate", "The new date");
            String reason = form.longText("moveReason", "Why the meeting is moved");
            form.check();
            meetings.reschedule(id, date, reason, form.version());
        });
    }

    // --- Running the meeting ------------------------------------------------------------

    @GET
    @Path("run")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public TemplateInstance run(@RestPath UUID id) {
        AgendaView agenda = chairsAgenda(id);
        return Templates.run(agenda, Choices.attendance(), Choices.decisions(), Choices.staff(staff.activeNames()),
                people(agenda), Choices.closureReasons(), Choices.outcomes(), FormErrors.none(), RunForm.NONE);
    }

    @POST
    @Path("attendance")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response attendance(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onRun(id, "attendance", RunForm.NONE, () -> {
            List<String> agencies = form.values("agencyId");
            Map<UUID, AttendanceStatus> byAgency = new LinkedHashMap<>();
            Map<UUID, String> attendees = new LinkedHashMap<>();
            for (int i = 0; i < agencies.size(); i++) {
                UUID agency = uuidAt(form, agencies.get(i));
                byAgency.put(agency, form.choice(AttendanceStatus.class, "attendance", form.valueAt("status", i),
                        "Select how each agency attended"));
                attendees.put(agency, form.textAt("attendance", form.valueAt("attendeeName", i), "Attendee's name", Text.SHORT));
            }
            form.check();
            meetings.recordAttendance(id, form.ticked("chairPresent"), byAgency, attendees, form.version());
        });
    }

    @POST
    @Path("start")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response start(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onRun(id, "confidentiality", RunForm.NONE, () -> meetings.start(id, form.ticked("confidentiality"), form.version()));
    }

    @POST
    @Path("quorum")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response overrideQuorum(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onRun(id, "quorumReason", new RunForm(null, "quorum", form), () -> {
            String reason = form.longText("quorumReason", "Why the panel goes ahead");
            form.check();
            meetings.overrideQuorum(id, reason, form.version());
        });
    }

    @POST
    @Path("items/{itemId}/declarations")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response declarations(@RestPath UUID id, @RestPath UUID itemId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onRun(id, "item-" + itemId, RunForm.item(itemId, "declarations"), () -> {
            String declarations = form.longText("declarations", "Declarations of interest");
            form.check();
            meetings.declare(id, itemId, declarations, form.version());
        });
    }

    @POST
    @Path("items/{itemId}/interests")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response declareInterest(@RestPath UUID id, @RestPath UUID itemId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onRun(id, "item-" + itemId, new RunForm(itemId, "interest", form), () -> {
            UUID who = form.uuid("declarerId", "Select who is declaring an interest");
            String interest = form.longText("interest", "The interest");
            String withdrew = form.value("withdrew").strip();
            Boolean out = withdrew.isEmpty() ? null : form.yes("withdrew", false);
            form.check();
            meetings.declareInterest(id, itemId, new org.placeworks.panel.InterestCommand(who, interest, out, form.version()));
        });
    }

    @POST
    @Path("items/{itemId}/decision")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response decide(@RestPath UUID id, @RestPath UUID itemId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onRun(id, "item-" + itemId, new RunForm(itemId, "decision", form), () -> {
            DecisionCode code = form.choice(DecisionCode.class, "decision", "Select the panel's decision");
            String rationale = form.longText("rationale", "The reason for the decision");
            UUID lead = form.uuid("leadProfessionalId", "Select the lead professional from the list");
            Long award = form.value("award").isBlank() ? null : form.pence("award", "The amount awarded");
            String mash = form.value("mashReference").strip();
            ClosureReason reason = form.choice(ClosureReason.class, "closureReason", "Select why the case is closing from the list");
            Map<UUID, NeedOutcome> outcomes = outcomes(form);
            form.check();
            // Only the decision that uses them reads the lead professional, the amount, the MASH reference and the closure.
            boolean close = code == DecisionCode.CLOSE;
            meetings.decide(id, itemId, new DecisionCommand(code, rationale, form.version(),
                    code == DecisionCode.ALLOCATE_LEAD_PROFESSIONAL ? lead : null, code == DecisionCode.AWARD_GRANT ? award : null, null,
                    code == DecisionCode.STEP_UP && !mash.isEmpty() ? mash : null, close ? reason : null,
                    close ? outcomes : null));
        });
    }

    @POST
    @Path("last-minutes")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response agreeLastMinutes(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return onRun(id, "last-minutes", RunForm.NONE, () -> meetings.agreeLastMinutes(id, form.version()));
    }

    @POST
    @Path("items/{itemId}/actions")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response addAction(@RestPath UUID id, @RestPath UUID itemId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        RunForm posted = new RunForm(itemId, "action", form);
        String due = posted.dueName(itemId);
        LocalDate dueOn = form.date(due, "The due date");
        if (form.problems().containsKey(due)) {
            // The error sits on the date's own boxes, which have its id.
            return refused(id, 422, posted, form.problems());
        }
        return onRun(id, "item-" + itemId, posted, () -> {
            ActionCommand command = new ActionCommand(form.longText("description", "The action"),
                    form.uuid("ownerId", "Select who will do it"), dueOn);
            form.check();
            meetings.addAction(id, itemId, command);
        });
    }

    @POST
    @Path("close")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response close(@RestPath UUID id, MultivaluedMap<String, String> body) {
        try {
            meetings.close(id, Form.of(body).version());
            return Response.seeOther(URI.create("/panel/meetings/" + id + "/minutes")).build();
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return refused(id, e.status(), RunForm.NONE, Map.of("close", e.getMessage()));
        }
    }

    // --- Minutes --------------------------------------------------------------------------

    @GET
    @Path("minutes")
    public TemplateInstance minutes(@RestPath UUID id, @RestQuery String agencyId) {
        return Templates.minutes(meetings.minutes(id, agency(agencyId)), Choices.agencies(services.agencies()),
                FormErrors.none(), Form.empty());
    }

    /** The chair rewords the draft, or corrects the circulated minutes with the reason; each wording is kept. */
    @POST
    @Path("minutes/revisions")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response reviseMinutes(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/meetings/" + id + "/minutes", "text", () -> {
            String text = form.longText("text", "The minutes");
            String reason = form.longText("reason", "The correction");
            form.check();
            meetings.reviseMinutes(id, text, reason, form.version());
        }, errors -> minutesAgain(id, errors, form));
    }

    @POST
    @Path("minutes/circulation")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response circulateMinutes(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/meetings/" + id + "/minutes", "circulate",
                () -> meetings.circulateMinutes(id, form.version()), errors -> minutesAgain(id, errors, Form.empty()));
    }

    private TemplateInstance minutesAgain(UUID id, FormErrors errors, Form posted) {
        return Templates.minutes(meetings.minutes(id, null), Choices.agencies(services.agencies()), errors, posted);
    }

    /** Who may declare an interest: the people at the panel's table. */
    private List<Option> people(AgendaView agenda) {
        return agenda.chair() ? Choices.atTheTable(panels.panel(agenda.meeting().panelId())) : List.of();
    }

    @GET
    @Path("minutes.pdf")
    @Produces("application/pdf")
    public Response minutesPdf(@RestPath UUID id, @RestQuery String agencyId) {
        MinutesView minutes = meetings.minutes(id, agency(agencyId));
        return Response.ok(pdf.render(minutes)).type("application/pdf")
                .header("Content-Disposition", "inline; filename=\"minutes-" + minutes.meeting().date() + ".pdf\"").build();
    }

    /** The outcome chosen for each need on the decision form ("outcome-" and the need's id); blanks left out. */
    private static Map<UUID, NeedOutcome> outcomes(Form form) {
        Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
        form.prefixed(OUTCOME).forEach((need, raw) -> {
            NeedOutcome outcome = form.choice(NeedOutcome.class, "outcomes", raw, "Select each need's outcome from the list");
            if (outcome == null) {
                return;
            }
            try {
                outcomes.put(UUID.fromString(need.strip()), outcome);
            } catch (IllegalArgumentException e) {
                form.problem("outcomes", "Select each need's outcome from the list");
            }
        });
        return outcomes;
    }

    /** One agency of the attendance table: a blank is left to the service, anything else must be an id. */
    private static UUID uuidAt(Form form, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            form.problem("attendance", "Record attendance for the member agencies listed");
            return null;
        }
    }

    private static UUID agency(String agencyId) {
        try {
            return agencyId == null || agencyId.isBlank() ? null : UUID.fromString(agencyId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("agency", agencyId);
        }
    }

    private AgendaView chairsAgenda(UUID id) {
        AgendaView agenda = meetings.agenda(id);
        if (!agenda.chair()) {
            throw new org.placeworks.shared.Forbidden("Only the chair or the deputy chair runs the meeting.");
        }
        return agenda;
    }

    /** The run page again with the refusal and its status; an item's errors name its family. */
    private Response refused(UUID id, int status, RunForm posted, Map<String, String> errors) {
        AgendaView agenda = chairsAgenda(id);
        return FormPost.page(status, Templates.run(agenda, Choices.attendance(), Choices.decisions(),
                Choices.staff(staff.activeNames()), people(agenda), Choices.closureReasons(), Choices.outcomes(),
                FormErrors.of(naming(agenda, posted.itemId(), errors)), posted));
    }

    /** Runs a change from the run page: 303 back to it, or the page again with the refusal and its status. */
    private Response onRun(UUID id, String field, RunForm posted, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/panel/meetings/" + id + "/run#" + field)).build();
        } catch (NotFound e) {
            throw e;
        } catch (InvalidInput e) {
            return refused(id, 422, posted, errorsFor(field, e));
        } catch (DomainException e) {
            return refused(id, e.status(), posted, Map.of(field, e.getMessage()));
        }
    }

    private Response onAgenda(UUID id, UUID itemId, String field, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/panel/meetings/" + id)).build();
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            AgendaView agenda = meetings.agenda(id);
            Map<String, String> errors = e instanceof InvalidInput invalid ? errorsFor(field, invalid) : Map.of(field, e.getMessage());
            return FormPost.page(e.status(), Templates.agenda(agenda, FormErrors.of(naming(agenda, itemId, errors)), Form.empty()));
        }
    }

    /**
     * Runs the cancel or move form: 303 back to the agenda, or the agenda again with the form as typed,
     * field errors on their own fields and any other refusal on {@code field}.
     */
    private Response onCancelOrMove(UUID id, Form form, String field, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/panel/meetings/" + id)).build();
        } catch (NotFound | org.placeworks.shared.Forbidden e) {
            throw e;
        } catch (DomainException e) {
            Map<String, String> errors = e instanceof InvalidInput invalid ? invalid.errors() : Map.of(field, e.getMessage());
            return FormPost.page(e.status(), Templates.agenda(meetings.agenda(id), FormErrors.of(errors), form));
        }
    }

    /** Field errors from the service point at the form they came from, so the summary links to it. */
    private static Map<String, String> errorsFor(String field, InvalidInput e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().values().forEach(message -> errors.merge(field, message, (a, b) -> a + " " + b));
        return errors;
    }

    /** Errors about one item start with its family's name, so the summary says which item is wrong. */
    private static Map<String, String> naming(AgendaView agenda, UUID itemId, Map<String, String> errors) {
        if (itemId == null) {
            return errors;
        }
        String family = Stream.concat(agenda.items().stream(), agenda.urgentRequests().stream())
                .filter(i -> i.id().equals(itemId)).map(AgendaItemView::familyName).findFirst().orElse(null);
        if (family == null) {
            return errors;
        }
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> named.put(field, family + ": " + message));
        return named;
    }

}
