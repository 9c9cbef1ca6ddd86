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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
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
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** The panels: the ones the reader sits on or runs, their meetings, and setting a panel up (administrators and managers). */
@Path("/panel")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PanelPages {

    @Inject
    java.time.Clock clock;

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

    public record PanelForm(String name, String localityId, String chairStaffId, String cadenceWeek, String cadenceDay,
            String startTime, String venue, String cutOffDays, String minutesPerItem, String quorumAgencies,
            String version) {
    }

    public record MemberForm(String agencyId, String memberId, String deputyId) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PanelView> panels, List<MeetingSummary> meetings, List<ActionView> myActions,
                boolean setsUp);

        static native TemplateInstance form(String action, String heading, PanelForm form, List<Option> localities,
                List<Option> staff, List<Option> weeks, List<Option> days, FormErrors errors);

        static native TemplateInstance show(PanelView panel, List<MeetingSummary> meetings, boolean setsUp,
                MemberForm member, DateBoxes meetingDate, List<Option> agencies, List<Option> staff, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(panels.visible(), meetings.around(60, 120), meetings.openActions(true), setsUp());
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance newForm() {
        return form("/panel/new", "Set up a panel", new PanelForm("", "", "", "2", "TUESDAY", "10:00", "",
                String.valueOf(settings.cutOffDays()), String.valueOf(settings.minutesPerItem()),
                String.valueOf(settings.quorumAgencies()), ""), FormErrors.none());
    }

    @POST
    @Path("new")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String localityId, @RestForm String chairStaffId,
            @RestForm String cadenceWeek, @RestForm String cadenceDay, @RestForm String startTime, @RestForm String venue,
            @RestForm String cutOffDays, @RestForm String minutesPerItem, @RestForm String quorumAgencies) {
        PanelForm posted = new PanelForm(name, localityId, chairStaffId, cadenceWeek, cadenceDay, startTime, venue,
                cutOffDays, minutesPerItem, quorumAgencies, "");
        try {
            PanelView created = panels.create(command(posted));
            return Response.seeOther(URI.create("/panel/" + created.id())).build();
        } catch (InvalidInput e) {
            return FormInput.html(422, form("/panel/new", "Set up a panel", posted, FormErrors.of(e)));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        return showPage(id, new MemberForm("", "", ""), DateBoxes.EMPTY, FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public TemplateInstance editForm(@RestPath UUID id) {
        PanelView p = panels.panel(id);
        return form("/panel/" + id + "/edit", "Change " + p.name(), new PanelForm(p.name(), p.localityId().toString(),
                p.chair() == null ? "" : p.chair().id().toString(), String.valueOf(p.cadenceWeek()), p.cadenceDay().name(),
                p.startTime().toString(), FormInput.orEmpty(p.venue()), String.valueOf(p.cutOffDays()),
                String.valueOf(p.minutesPerItem()), String.valueOf(p.quorumAgencies()), String.valueOf(p.version())),
                FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath UUID id, @RestForm String name, @RestForm String localityId,
            @RestForm String chairStaffId, @RestForm String cadenceWeek, @RestForm String cadenceDay,
            @RestForm String startTime, @RestForm String venue, @RestForm String cutOffDays,
            @RestForm String minutesPerItem, @RestForm String quorumAgencies, @RestForm String version) {
        PanelForm posted = new PanelForm(name, localityId, chairStaffId, cadenceWeek, cadenceDay, startTime, venue,
                cutOffDays, minutesPerItem, quorumAgencies, version);
        try {
            panels.update(id, command(posted));
            return Response.seeOther(URI.create("/panel/" + id)).build();
        } catch (InvalidInput e) {
            return FormInput.html(422, form("/panel/" + id + "/edit", "Change the panel", posted, FormErrors.of(e)));
        } catch (Conflict e) {
            return FormInput.html(409, form("/panel/" + id + "/edit", "Change the panel", posted,
                    FormErrors.of(Map.of("name", e.getMessage()))));
        }
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@RestPath UUID id, @RestForm String agencyId, @RestForm String memberId,
            @RestForm String deputyId, @RestForm String version) {
        MemberForm posted = new MemberForm(agencyId, memberId, deputyId);
        try {
            panels.addMember(id, FormInput.uuid("agencyId", agencyId, "Select the member agency"),
                    FormInput.uuid("memberId", memberId, "Select the agency's named member"),
                    FormInput.uuid("deputyId", deputyId, "Select a deputy from the list"), FormInput.version(version));
            return Response.seeOther(URI.create("/panel/" + id)).build();
        } catch (InvalidInput e) {
            return FormInput.html(422, showPage(id, posted, DateBoxes.EMPTY, FormErrors.of(e)));
        } catch (Conflict e) {
            return FormInput.html(409, showPage(id, posted, DateBoxes.EMPTY, FormErrors.of(Map.of("agencyId", e.getMessage()))));
        }
    }

    @POST
    @Path("{id}/members/{memberId}/remove")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@RestPath UUID id, @RestPath UUID memberId, @RestForm String version) {
        try {
            panels.removeMember(id, memberId, FormInput.version(version));
            return Response.seeOther(URI.create("/panel/" + id)).build();
        } catch (Conflict e) {
            return FormInput.html(409, showPage(id, new MemberForm("", "", ""), DateBoxes.EMPTY, FormErrors.of(Map.of("agencyId", e.getMessage()))));
        }
    }

    @POST
    @Path("{id}/meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMeeting(@RestPath UUID id, @RestForm("date-day") String day, @RestForm("date-month") String month,
            @RestForm("date-year") String year) {
        DateBoxes date = new DateBoxes(day, month, year);
        try {
            MeetingSummary made = panels.addMeeting(id, FormInput.date("date", day, month, year,
                    "The date of the meeting must be a real date, like 10 3 2026"));
            return Response.seeOther(URI.create("/panel/meetings/" + made.id())).build();
        } catch (InvalidInput e) {
            return FormInput.html(422, showPage(id, new MemberForm("", "", ""), date, FormErrors.of(e)));
        }
    }

    private TemplateInstance showPage(UUID id, MemberForm member, DateBoxes meetingDate, FormErrors errors) {
        PanelView panel = panels.panel(id);
        boolean setsUp = setsUp();
        return Templates.show(panel, panels.meetings(id, LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).minusMonths(3)), setsUp, member,
                meetingDate, setsUp ? Choices.agencies(services.agencies()) : List.of(),
                setsUp ? Choices.staff(staff.activeNames()) : List.of(), errors);
    }

    private TemplateInstance form(String action, String heading, PanelForm form, FormErrors errors) {
        return Templates.form(action, heading, form, Choices.localities(places.areasOfKind(AreaKind.LOCALITY)),
                Choices.staff(staff.activeNames()), Choices.weeks(), Choices.days(), errors);
    }

    private boolean setsUp() {
        return current.has(Roles.ADMIN) || current.has(Roles.MANAGER);
    }

    private static PanelCommand command(PanelForm f) {
        return new PanelCommand(f.name(), FormInput.uuid("localityId", f.localityId(), "Select the locality the panel serves"),
                FormInput.uuid("chairStaffId", f.chairStaffId(), "Select the chair"),
                FormInput.integer("cadenceWeek", f.cadenceWeek(), "Select which week of the month the panel meets"),
                FormInput.choice(DayOfWeek.class, "cadenceDay", f.cadenceDay(), "Select the day of the week the panel meets"),
                FormInput.time("startTime", f.startTime(), "Enter the start time like 10:00"), f.venue(),
                FormInput.integer("cutOffDays", f.cutOffDays(), "Enter the cut-off as a whole number of days"),
                FormInput.integer("minutesPerItem", f.minutesPerItem(), "Enter the minutes per item as a whole number"),
                FormInput.integer("quorumAgencies", f.quorumAgencies(), "Enter the quorum as a whole number of agencies"),
                FormInput.version(f.version()));
    }
}
