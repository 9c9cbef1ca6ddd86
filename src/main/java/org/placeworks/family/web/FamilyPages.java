package org.placeworks.family.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.family.DuplicateSuspected;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonSearch;
import org.placeworks.family.PersonView;
import org.placeworks.family.TimelineEntry;
import org.placeworks.family.internal.FamilyRegister;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** Find a person before recording them, register a family, see a family and add people to it. */
@Path("/families")
@RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
@Produces(MediaType.TEXT_HTML)
public class FamilyPages {

    @Inject
    Families families;

    @Inject
    FamilyRegister register;

    /** The search form as typed. */
    public record SearchForm(String name, String dateOfBirthDay, String dateOfBirthMonth, String dateOfBirthYear, String postcode) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, boolean searched, List<PersonMatch> results, FormErrors errors);

        static native TemplateInstance register(String name, String addressQuery, List<Option> addresses, String addressId,
                FormErrors errors);

        static native TemplateInstance show(FamilyView family, List<TimelineEntry> timeline);
    }

    @GET
    public Response search(@RestQuery String name, @RestQuery String dateOfBirthDay, @RestQuery String dateOfBirthMonth,
            @RestQuery String dateOfBirthYear, @RestQuery String postcode) {
        SearchForm form = new SearchForm(name, dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, postcode);
        boolean searched = !(blank(name) && blank(dateOfBirthDay) && blank(dateOfBirthMonth) && blank(dateOfBirthYear) && blank(postcode));
        if (!searched) {
            return Response.ok(Templates.search(form, false, List.of(), FormErrors.none())).build();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate dateOfBirth = DateInput.parse("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, problems);
        try {
            if (problems.isEmpty()) {
                return Response.ok(Templates.search(form, true, families.search(new PersonSearch(name, dateOfBirth, postcode)),
                        FormErrors.none())).build();
            }
        } catch (InvalidInput e) {
            problems.putAll(e.errors());
        }
        return Response.status(422).entity(Templates.search(form, false, List.of(), FormErrors.of(problems))).build();
    }

    @GET
    @Path("new")
    public TemplateInstance registerForm(@RestQuery String name, @RestQuery String addressQuery) {
        return Templates.register(name, addressQuery, addressOptions(addressQuery), null, FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String name, @RestForm String addressId, @RestForm String addressQuery) {
        try {
            FamilyView family = families.register(new NewFamily(name, uuid(addressId, "addressId", "Select an address from the list")));
            return Response.seeOther(URI.create("/families/" + family.id())).build();
        } catch (InvalidInput e) {
            return Response.status(422).entity(Templates.register(name, addressQuery, addressOptions(addressQuery), addressId,
                    FormErrors.of(e))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        FamilyView family = families.family(id);
        return Templates.show(family, families.timeline(id));
    }

    @GET
    @Path("{id}/people/new")
    public TemplateInstance addPersonForm(@RestPath UUID id) {
        FamilyView family = families.family(id);
        return PersonPages.Templates.form("Add a person to the " + family.name(), "/families/" + id + "/people/new",
                "/families/" + id, family.name(), PersonForm.blank(), List.of(), FormErrors.none(), Choices.ALL);
    }

    @POST
    @Path("{id}/people/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPerson(@RestPath UUID id, @BeanParam PersonForm form) {
        PersonForm.Read read = form.read();
        FamilyView family = families.family(id);
        String heading = "Add a person to the " + family.name();
        String action = "/families/" + id + "/people/new";
        try {
            if (!read.problems().isEmpty()) {
                throw PersonPages.invalid(read, register);
            }
            PersonView person = families.addPerson(id, read.command(), form.confirmed());
            return Response.seeOther(URI.create("/families/" + id + "#person-" + person.id())).build();
        } catch (DuplicateSuspected e) {
            // 409: the person was not saved; the page shows the likely matches and asks the worker to choose.
            return Response.status(409).entity(PersonPages.Templates.form(heading, action, "/families/" + id, family.name(),
                    form, e.matches(), FormErrors.none(), Choices.ALL)).build();
        } catch (InvalidInput e) {
            return Response.status(422).entity(PersonPages.Templates.form(heading, action, "/families/" + id, family.name(),
                    form, List.of(), FormErrors.of(e), Choices.ALL)).build();
        }
    }

    private List<Option> addressOptions(String query) {
        if (blank(query)) {
            return List.of();
        }
        return register.addressesToRegisterAt(query).stream().map(a -> new Option(a.id().toString(), a.oneLine())).toList();
    }

    static UUID uuid(String value, String field, String message) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, message);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
