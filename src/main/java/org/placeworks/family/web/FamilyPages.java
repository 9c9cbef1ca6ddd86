package org.placeworks.family.web;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.family.DuplicateSuspected;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PlaceKind;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonSearch;
import org.placeworks.family.PersonView;
import org.placeworks.family.TimelineEntry;
import org.placeworks.family.FamilyNotice;
import org.placeworks.family.FamilyNoticeSource;
import org.placeworks.family.FamilySection;
import org.placeworks.family.FamilySectionSource;
import org.placeworks.family.internal.FamilyRegister;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** Find a person before recording them, register a family, see a family and add people to it. */
@Path("/families")
@RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FamilyPages {

    /** Families in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(20, "/families", "Families", "Families",
            "Find a family or person before recording a new one, and start a request for support.",
            Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER));

    @Inject
    Families families;

    @Inject
    FamilyRegister register;

    @Inject
    PlaceChoices choices;

    @Inject
    @io.quarkus.arc.All
    List<FamilyNoticeSource> noticeSources;

    @Inject
    @io.quarkus.arc.All
    List<FamilySectionSource> sectionSources;

    @CheckedTemplate
    static class Templates {
        /** {@code results} the caller may see in full; {@code elsewhere} only says which services to contact. */
        static native TemplateInstance search(Form form, boolean searched, List<PersonMatch> results, List<PersonMatch> elsewhere,
                FormErrors errors);

        static native TemplateInstance register(String name, String addressQuery, List<Option> addresses, String addressId,
                Form place, List<Option> kinds, List<Option> neighbourhoods, FormErrors errors);

        /** {@code glassUntil}: when the reader's break-glass access ends, null when they see the family by right. */
        static native TemplateInstance show(FamilyView family, List<FamilyNotice> notices,
                List<FamilySection> sections, List<TimelineEntry> timeline, java.time.Instant glassUntil);
    }

    @GET
    public Response search(@Context UriInfo uri) {
        Form form = Form.of(uri.getQueryParameters());
        boolean searched = Stream.of("name", "dateOfBirth-day", "dateOfBirth-month", "dateOfBirth-year", "postcode")
                .anyMatch(field -> !form.value(field).isBlank());
        if (!searched) {
            return Response.ok(Templates.search(form, false, List.of(), List.of(), FormErrors.none())).build();
        }
        try {
            PersonSearch search = new PersonSearch(form.text("name", "Name", Text.SEARCH),
                    form.date("dateOfBirth", "Date of birth"), form.text("postcode", "Postcode", Text.SEARCH));
            form.check();
            List<PersonMatch> found = families.search(search);
            return Response.ok(Templates.search(form, true, found.stream().filter(m -> !m.elsewhere()).toList(),
                    found.stream().filter(PersonMatch::elsewhere).toList(), FormErrors.none())).build();
        } catch (InvalidInput e) {
            return FormPost.page(422, Templates.search(form, false, List.of(), List.of(), FormErrors.of(e)));
        }
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance registerForm(@RestQuery String name, @RestQuery String addressQuery) {
        return Templates.register(name, addressQuery, addressOptions(addressQuery), null, Form.empty().with("kind", PlaceKind.HOME),
                choices.kinds(), choices.neighbourhoods(), FormErrors.none());
    }

    @POST
    @Path("new")
    public Response register(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("addressId", () -> {
            NewFamily family = new NewFamily(form.text("name", "Family name"),
                    form.uuid("addressId", "Select an address from the list"), form.choice(PlaceKind.class, "kind"),
                    form.text("description", "Where the family is staying", Text.SHORT),
                    form.uuid("areaId", "Select a neighbourhood from the list"));
            form.check();
            return "/families/" + families.register(family).id();
        }, errors -> Templates.register(form.value("name"), form.value("addressQuery"),
                addressOptions(form.value("addressQuery")), form.value("addressId"), form, choices.kinds(), choices.neighbourhoods(),
                errors));
    }

    @OneReading
    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        FamilyView family = families.family(id);
        List<FamilyNotice> notices = noticeSources.stream().flatMap(source -> source.noticesFor(id).stream()).toList();
        List<FamilySection> sections = sectionSources.stream()
                .sorted(Comparator.comparingInt(FamilySectionSource::order))
                .flatMap(source -> source.sectionFor(family).stream()).toList();
        return Templates.show(family, notices, sections, families.timeline(id), families.brokenGlassUntil(id).orElse(null));
    }

    @GET
    @Path("{id}/people/new")
    public TemplateInstance addPersonForm(@RestPath UUID id) {
        FamilyView family = families.familyToChange(id);
        return PersonPages.Templates.form("Add a person to the " + family.name(), "/families/" + id + "/people/new",
                "/families/" + id, family.name(), PersonFields.blank(), List.of(), FormErrors.none(), Choices.ALL);
    }

    @POST
    @Path("{id}/people/new")
    public Response addPerson(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        FamilyView family = families.familyToChange(id);
        String heading = "Add a person to the " + family.name();
        String action = "/families/" + id + "/people/new";
        try {
            PersonCommand command = PersonPages.read(form, register);
            PersonView person = families.addPerson(id, command, form.ticked("confirmedNew"));
            return FormPost.seeOther("/families/" + id + "#person-" + person.id());
        } catch (DuplicateSuspected e) {
            // 409: the person was not saved; the page shows the likely matches and asks the worker to choose.
            return FormPost.page(409, PersonPages.Templates.form(heading, action, "/families/" + id, family.name(),
                    form, e.matches(), FormErrors.none(), Choices.ALL));
        } catch (InvalidInput e) {
            return FormPost.page(422, PersonPages.Templates.form(heading, action, "/families/" + id, family.name(),
                    form, List.of(), FormErrors.of(e), Choices.ALL));
        }
    }

    private List<Option> addressOptions(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return register.addressesToRegisterAt(query).stream().map(a -> new Option(a.id().toString(), a.oneLine())).toList();
    }
}
