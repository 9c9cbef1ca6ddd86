package org.placeworks.caf.web;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.TafMeetingCommand;
import org.placeworks.caf.TafMeetings;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Recording a Team Around the Family meeting that has happened: when, who came (staff and members
 * of the family), what was agreed, and the actions agreed, which join the plan. Who may record is
 * settled before anything posted is read; bad input is shown against its fields (422), a case
 * changed meanwhile is refused with the form again (409). The meetings are shown on the case page.
 */
@Path("/cases/{id}/taf-meetings")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TafMeetingPages {

    /** How many action rows the form offers; more actions are added to the plan afterwards. */
    static final int ACTION_ROWS = 3;

    @Inject
    TafMeetings meetings;

    @Inject
    CafCases cases;

    @Inject
    StaffDirectory staff;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CaseView c, Form form, List<Option> attendingStaff, List<Option> people,
                List<Integer> rows, List<Option> needs, List<Option> owners, FormErrors errors);
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance newMeeting(@RestPath UUID id) {
        meetings.checkMayRecord(id);
        CaseView c = cases.find(id);
        return page(c, Form.empty().with("version", c.version()).withDate("heldOn", today.date()), FormErrors.none());
    }

    @POST
    @Path("new")
    public Response record(@RestPath UUID id, MultivaluedMap<String, String> body) {
        meetings.checkMayRecord(id); // who may record is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id + "#taf-meetings", "heldOn", () -> {
            List<TafMeetingCommand.AgreedAction> actions = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < ACTION_ROWS; i++) {
                String row = "actions[" + i + "].";
                String description = form.value(row + "description");
                boolean blank = description.isBlank() && form.value(row + "needId").isBlank() && form.value(row + "ownerStaffId").isBlank()
                        && form.date(row + "dueOn", "The date the action is due") == null;
                if (!blank) {
                    actions.add(new TafMeetingCommand.AgreedAction(form.uuid(row + "needId"),
                            form.textAt(row + "description", description, "The action", Text.LONG), form.uuid(row + "ownerStaffId"),
                            form.date(row + "dueOn", "The date the action is due")));
                    rows.add(i);
                }
            }
            TafMeetingCommand command = new TafMeetingCommand(form.date("heldOn", "The date of the meeting"), form.uuids("staff"),
                    form.uuids("familyMembers"), form.longText("agreed", "What was agreed"), actions, form.version());
            form.check();
            try {
                meetings.record(id, command);
            } catch (InvalidInput e) {
                throw new InvalidInput(CafWeb.rows(e.errors(), "actions", rows));
            }
        }, errors -> page(cases.find(id), form, errors));
    }

    private TemplateInstance page(CaseView c, Form form, FormErrors errors) {
        Map<String, Option> attending = new LinkedHashMap<>();
        if (c.leadProfessional() != null) {
            attending.put(c.leadProfessional().id().toString(), staffOption(c.leadProfessional(), " (lead professional)"));
        }
        c.team().stream().filter(CaseView.TeamMemberView::current)
                .forEach(m -> attending.putIfAbsent(m.member().id().toString(), staffOption(m.member(), "")));
        List<Option> people = c.family().people().stream().map(p -> new Option(p.id().toString(), p.fullName())).toList();
        List<Integer> rows = new ArrayList<>();
        if (c.status() == CaseStatus.ACTIVE_PLAN) {
            for (int i = 0; i < ACTION_ROWS; i++) {
                rows.add(i);
            }
        }
        return Templates.form(c, form, List.copyOf(attending.values()), people, rows, CafWeb.needs(c),
                CafWeb.staff(staff.activeNames()), errors);
    }

    private static Option staffOption(CaseView.StaffRef who, String role) {
        return new Option(who.id().toString(), who.name() + (who.agency() == null ? "" : ", " + who.agency()) + role);
    }
}
