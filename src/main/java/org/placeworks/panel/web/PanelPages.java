package org.placeworks.panel.web;

import java.util.Set;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Places;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.panel.ActionView;
import org.placeworks.panel.MeetingSummary;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.PanelCommand;
import org.placeworks.panel.PanelSettings;
import org.placeworks.panel.PanelView;
import org.placeworks.panel.Panels;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** The panels: the ones the reader sits on or runs, their meetings, and setting a panel up (administrators and managers). */
@Path("/panel")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PanelPages {

    /** The panel in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(30, "/panel", "Panel", "Multi-agency panel",
            "Panels, their monthly meetings and agendas, the decisions made and the actions agreed.",
            Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER));

    @Inject
    Today today;

    @Inject
    Panels panels;

    @Inject
    Meetings meetings;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    PanelSettings settings;

    @Inject
    CurrentStaff current;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PanelView> panels, List<MeetingSummary> meetings, List<ActionView> myActions,
                boolean setsUp);

        static native TemplateInstance form(String action, String heading, Form form, List<Option> localities,
                List<Option> staff, List<Option> weeks, List<Option> days, FormErrors errors);

        static native TemplateInstance show(PanelView panel, List<MeetingSummary> meetings, boolean setsUp,
                Form member, Form meetingDate, Form deputy, List<Option> agencies, List<Option> staff, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance list() {
        return Templates.list(panels.visible(), meetings.around(60, 120), meetings.openActions(true), setsUp());
    }

    @OneReading
    @GET
    @Path("new")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance newForm() {
        return form("/panel/new", "Set up a panel", Form.empty().with("cadenceWeek", 2).with("cadenceDay", DayOfWeek.TUESDAY)
                .with("startTime", "10:00").with("cutOffDays", settings.cutOffDays()).with("minutesPerItem", settings.minutesPerItem())
                .with("quorumAgencies", settings.quorumAgencies()), FormErrors.none());
    }

    @POST
    @Path("new")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("name", () -> "/panel/" + panels.create(command(form)).id(),
                errors -> form("/panel/new", "Set up a panel", form, errors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        return showPage(id, Form.empty(), Form.empty(), FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance editForm(@RestPath UUID id) {
        PanelView p = panels.panel(id);
        return form("/panel/" + id + "/edit", "Change " + p.name(), Form.empty().with("name", p.name())
                .with("localityId", p.localityId()).with("chairStaffId", p.chair() == null ? null : p.chair().id())
                .with("cadenceWeek", p.cadenceWeek()).with("cadenceDay", p.cadenceDay()).with("startTime", p.startTime())
                .with("venue", p.venue()).with("cutOffDays", p.cutOffDays()).with("minutesPerItem", p.minutesPerItem())
                .with("quorumAgencies", p.quorumAgencies()).with("version", p.version()), FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response update(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/" + id, "name", () -> panels.update(id, command(form)),
                errors -> form("/panel/" + id + "/edit", "Change the panel", form, errors));
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response addMember(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/" + id, "agencyId", () -> {
            UUID agency = form.uuid("agencyId", "Select the member agency");
            UUID member = form.uuid("memberId", "Select the agency's named member");
            UUID deputy = form.uuid("deputyId", "Select a deputy from the list");
            form.check();
            panels.addMember(id, agency, member, deputy, form.version());
        }, errors -> showPage(id, form, Form.empty(), errors));
    }

    @POST
    @Path("{id}/members/{memberId}/remove")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response removeMember(@RestPath UUID id, @RestPath UUID memberId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/" + id, "agencyId", () -> panels.removeMember(id, memberId, form.version()),
                errors -> showPage(id, Form.empty(), Form.empty(), errors));
    }

    @POST
    @Path("{id}/deputy")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response setDeputyChair(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/" + id, "deputyChairStaffId", () -> {
            UUID deputy = form.uuid("deputyChairStaffId", "Select the deputy chair from the list");
            form.check();
            panels.setDeputyChair(id, deputy, form.version());
        }, errors -> showPage(panels.panel(id), Form.empty(), Form.empty(), form, errors));
    }

    /** The member agencies a quorum must include, besides the number of agencies. */
    @POST
    @Path("{id}/quorum-agencies")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response requireAgenciesForQuorum(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/" + id, "quorumAgencyIds", () -> {
            java.util.Set<UUID> agencies = form.uuids("quorumAgencyIds", "Select agencies from the list");
            form.check();
            panels.requireAgenciesForQuorum(id, agencies, form.version());
        }, errors -> showPage(id, Form.empty(), Form.empty(), errors));
    }

    @POST
    @Path("{id}/meetings")
    public Response addMeeting(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("date", () -> {
            LocalDate date = form.date("date", "The date of the meeting");
            form.check();
            return "/panel/meetings/" + panels.addMeeting(id, date).id();
        }, errors -> showPage(id, Form.empty(), form, errors));
    }

    private TemplateInstance showPage(UUID id, Form member, Form meetingDate, FormErrors errors) {
        PanelView panel = panels.panel(id);
        return showPage(panel, member, meetingDate, Form.empty().with("deputyChairStaffId",
                panel.deputyChair() == null ? null : panel.deputyChair().id()), errors);
    }

    private TemplateInstance showPage(PanelView panel, Form member, Form meetingDate, Form deputy, FormErrors errors) {
        UUID id = panel.id();
        boolean setsUp = setsUp();
        return Templates.show(panel, panels.meetings(id, today.date().minusMonths(3)), setsUp, member,
                meetingDate, deputy, setsUp ? Choices.agencies(services.agencies()) : List.of(),
                setsUp ? Choices.staff(staff.activeNames()) : List.of(), errors);
    }

    private TemplateInstance form(String action, String heading, Form form, FormErrors errors) {
        return Templates.form(action, heading, form, Choices.localities(places.areasOfKind(AreaKind.LOCALITY)),
                Choices.staff(staff.activeNames()), Choices.weeks(), Choices.days(), errors);
    }

    private boolean setsUp() {
        return current.has(Roles.ADMIN) || current.has(Roles.MANAGER);
    }

    private static PanelCommand command(Form f) {
        PanelCommand command = new PanelCommand(f.text("name", "Name"),
                f.uuid("localityId", "Select the locality the panel serves"), f.uuid("chairStaffId", "Select the chair"),
                f.whole("cadenceWeek", "The week of the month"),
                f.choice(DayOfWeek.class, "cadenceDay", "Select the day of the week the panel meets"),
                f.time("startTime", "The start time"), f.text("venue", "Venue"), f.whole("cutOffDays", "The cut-off"),
                f.whole("minutesPerItem", "The minutes per item"), f.whole("quorumAgencies", "The quorum"), f.version());
        f.check();
        return command;
    }
}
