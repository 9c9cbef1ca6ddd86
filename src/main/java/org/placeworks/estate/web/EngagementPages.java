package org.placeworks.estate.web;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.estate.EngagementActionCommand;
import org.placeworks.estate.EngagementActionDone;
import org.placeworks.estate.EngagementCommand;
import org.placeworks.estate.EngagementFilter;
import org.placeworks.estate.EngagementKind;
import org.placeworks.estate.EngagementList;
import org.placeworks.estate.EngagementView;
import org.placeworks.estate.Engagements;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.PageLinks;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.EditPage;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Community engagement on the estate for estate officers and managers: the events their services
 * held (newest first), recording one, its page with the actions agreed there, and changing both.
 */
@Path("/estate/engagement")
@RolesAllowed({Roles.ESTATE_OFFICER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class EngagementPages {

    static final String ROUTE = "/estate/engagement";

    /** Community engagement in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(46, ROUTE, "Engagement", "Community engagement",
            "Estate walkabouts, residents' meetings and clean-up days: who came, what was said and the actions agreed.",
            Set.of(Roles.ESTATE_OFFICER, Roles.MANAGER));

    @Inject
    Engagements engagements;

    @Inject
    Today today;

    private final EditPage<EngagementView> edit = EditPage.of(id -> engagements.event(id), this::editPage);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(EngagementList list, Form filter, List<Option> kinds, List<Option> places,
                PageLinks pages);

        static native TemplateInstance form(EngagementView event, Form form, List<Option> kinds, List<Option> estates,
                List<Option> neighbourhoods, List<Option> services, FormErrors errors);

        static native TemplateInstance show(EngagementView event, Form form, List<Option> owners, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance index(@RestQuery String kind, @RestQuery String place, @RestQuery String page) {
        Form filter = Form.empty().with("kind", kind).with("place", place);
        EngagementKind chosenKind = filter.choice(EngagementKind.class, "kind");
        UUID chosenPlace = filter.uuid("place");
        int number = page != null && page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 1;
        EngagementList list = engagements.list(new EngagementFilter(chosenKind, chosenPlace, number));
        String query = (chosenKind == null ? "" : "kind=" + chosenKind.name() + "&")
                + (chosenPlace == null ? "" : "place=" + chosenPlace + "&");
        return Templates.index(list, filter, kinds(), places(), PageLinks.numbered("/estate/engagement?" + query + "page=",
                list.page(), list.hasPrevious(), list.hasNext(), "Page " + list.page() + " of " + list.pages()));
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance newEvent() {
        Form form = Form.empty().withDate("heldOn", today.date());
        Map<UUID, String> mine = engagements.servicesToRecordFor();
        if (mine.size() == 1) {
            form.with("serviceId", mine.keySet().iterator().next());
        }
        return form(null, form, FormErrors.none());
    }

    @POST
    public Response record(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("kind", () -> ROUTE + "/" + engagements.record(command(form)),
                errors -> form(null, form, errors));
    }

    @OneReading
    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        EngagementView event = engagements.event(id);
        return Templates.show(event, Form.empty(), owners(id), FormErrors.none());
    }

    @OneReading
    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@RestPath UUID id) {
        engagements.requireMayChange(id);
        return edit.form(id, EngagementPages::filled);
    }

    @POST
    @Path("{id}/edit")
    public Response change(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return edit.save(id, body, "stale", form -> {
            engagements.change(id, command(form));
            return ROUTE + "/" + id;
        });
    }

    /** An action agreed at the event; refused, the event page is shown again with the action form as typed. */
    @POST
    @Path("{id}/actions")
    public Response addAction(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("description", () -> {
            EngagementActionCommand command = new EngagementActionCommand(form.text("description", "What is to be done", 2_000),
                    form.uuid("ownerStaffId", "Select who will do it from the list"), form.date("dueOn", "The due date"));
            form.check();
            engagements.addAction(id, command);
            return ROUTE + "/" + id + "#actions";
        }, errors -> Templates.show(engagements.event(id), form, owners(id), errors));
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    public Response markDone(@RestPath UUID id, @RestPath UUID actionId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save(ROUTE + "/" + id + "#actions", "action-" + actionId,
                () -> engagements.markDone(id, actionId, new EngagementActionDone(form.version())),
                errors -> Templates.show(engagements.event(id), form, owners(id), errors));
    }

    private TemplateInstance editPage(EngagementView event, Form form, FormErrors errors) {
        return form(event, form, errors);
    }

    private TemplateInstance form(EngagementView event, Form form, FormErrors errors) {
        List<Option> estates = engagements.places().stream().filter(p -> p.id().equals(p.estateId()))
                .map(p -> new Option(p.id().toString(), p.label())).toList();
        List<Option> neighbourhoods = engagements.places().stream().filter(p -> !p.id().equals(p.estateId()))
                .map(p -> new Option(p.id().toString(), p.label())).toList();
        List<Option> services = engagements.servicesToRecordFor().entrySet().stream()
                .map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
        return Templates.form(event, form, kinds(), estates, neighbourhoods, services, errors);
    }

    private static Form filled(EngagementView e) {
        return Form.empty().with("version", e.version()).with("kind", e.kind()).with("otherName", e.otherName())
                .withDate("heldOn", e.heldOn()).with("estateId", e.estateId()).with("neighbourhoodId", e.neighbourhoodId())
                .with("spot", e.spot()).with("attendance", e.attendance()).with("attendedBy", e.attendedBy())
                .with("notes", e.notes());
    }

    /** The event form as a command; nothing is asked of the service until every field could be read. */
    private static EngagementCommand command(Form form) {
        EngagementCommand command = new EngagementCommand(form.choice(EngagementKind.class, "kind", "Select the kind of event"),
                form.text("otherName", "The name of the event"), form.date("heldOn", "The date of the event"),
                form.uuid("estateId", "Select the estate from the list"),
                form.uuid("neighbourhoodId", "Select a neighbourhood from the list"), form.text("spot", "Where on the estate"),
                form.uuid("serviceId", "Select the service from the list"), form.whole("attendance", "Attendance"),
                form.text("attendedBy", "Who attended", 2_000), form.longText("notes", "Notes"), form.version());
        form.check();
        return command;
    }

    private List<Option> owners(UUID eventId) {
        return engagements.possibleOwners(eventId).stream().map(s -> new Option(s.id().toString(), s.name())).toList();
    }

    private List<Option> places() {
        return engagements.places().stream().map(p -> new Option(p.id().toString(), p.label())).toList();
    }

    private static List<Option> kinds() {
        return Arrays.stream(EngagementKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }
}
