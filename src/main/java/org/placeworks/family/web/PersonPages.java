package org.placeworks.family.web;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonSearch;
import org.placeworks.family.PersonView;
import org.placeworks.family.internal.FamilyRegister;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Dates;
import org.placeworks.shared.web.EditPage;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** Change a person's details, and merge two records of the same person. */
@Path("/people")
@RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PersonPages {

    private static final List<Option> KEEP = List.of(new Option("this", "Keep this record"),
            new Option("other", "Keep the other record"));

    @Inject
    Families families;

    @Inject
    FamilyRegister register;

    @CheckedTemplate
    static class Templates {
        /** The add and change form; with matches, it asks the worker to use one or confirm a new person. */
        static native TemplateInstance form(String heading, String action, String cancel, String familyName, Form form,
                List<PersonMatch> matches, FormErrors errors, Choices choices);

        static native TemplateInstance merge(PersonView person, FamilyView family, String name, Candidates candidates,
                String otherId, String keep, List<Option> keepOptions, FormErrors errors);
    }

    /** The person's place on their family's page. */
    @GET
    @Path("{id}")
    public Response show(@RestPath UUID id) {
        PersonView person = families.person(id);
        return Response.seeOther(URI.create("/families/" + person.familyId() + "#person-" + person.id())).build();
    }

    @OneReading
    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@RestPath UUID id) {
        return editing().form(id, PersonFields::of);
    }

    @POST
    @Path("{id}/edit")
    public Response edit(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return editing().save(id, body, "givenName", form -> {
            PersonView changed = families.updatePerson(id, read(form, register));
            return "/families/" + changed.familyId() + "#person-" + changed.id();
        });
    }

    private EditPage<PersonView> editing() {
        return EditPage.of(families::personToChange, this::editPage);
    }

    @OneReading
    @GET
    @Path("{id}/merge")
    public TemplateInstance mergeForm(@RestPath UUID id, @RestQuery String name) {
        PersonView person = families.personToChange(id);
        return Templates.merge(person, families.family(person.familyId()), name, candidates(person, name), null, "this",
                KEEP, FormErrors.none());
    }

    @POST
    @Path("{id}/merge")
    public Response merge(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        PersonView person = families.personToChange(id);
        return FormPost.save("otherId", () -> {
            UUID other = form.required(form.uuid("otherId", "Select the other record of this person"), "otherId",
                    "Select the other record of this person");
            String keep = form.value("keep");
            if (!"this".equals(keep) && !"other".equals(keep)) {
                form.problem("keep", "Select which record to keep");
            }
            form.check();
            boolean keepThis = "this".equals(keep);
            PersonView kept = families.merge(keepThis ? id : other, keepThis ? other : id);
            return "/families/" + kept.familyId() + "#person-" + kept.id();
        }, errors -> Templates.merge(person, families.family(person.familyId()), form.value("name"),
                candidates(person, form.value("name")), form.value("otherId"), form.value("keep"), KEEP, errors));
    }

    private TemplateInstance editPage(PersonView person, Form form, FormErrors errors) {
        FamilyView family = families.family(person.familyId());
        return Templates.form("Change " + person.fullName() + "'s details", "/people/" + person.id() + "/edit",
                "/families/" + family.id() + "#person-" + person.id(), family.name(), form, List.of(), errors, Choices.ALL);
    }

    /**
     * Records that may be the same person: those the worker may see, to choose from, and notices of
     * possible matches held by other services, which the worker can only ask about.
     */
    public record Candidates(List<Option> records, List<String> heldElsewhere) {
    }

    /** Likely duplicates of the person, and people found by name. */
    private Candidates candidates(PersonView person, String name) {
        Map<UUID, PersonMatch> found = new LinkedHashMap<>();
        Set<String> elsewhere = new LinkedHashSet<>();
        PersonCommand self = new PersonCommand(person.givenName(), person.familyName(), null, person.dateOfBirth(),
                person.expectedDate(), null, null, null, false, null, null, person.nhsNumber(), null, person.relationship(), true, null);
        families.likelyDuplicates(self).forEach(m -> add(found, elsewhere, m));
        if (name != null && !name.isBlank()) {
            try {
                families.search(new PersonSearch(name, null, null)).forEach(m -> add(found, elsewhere, m));
            } catch (InvalidInput ignored) {
                // an unusable name search simply finds nobody more
            }
        }
        found.remove(person.id());
        return new Candidates(found.values().stream().map(m -> new Option(m.person().id().toString(), describe(m))).toList(),
                List.copyOf(elsewhere));
    }

    private static void add(Map<UUID, PersonMatch> found, Set<String> elsewhere, PersonMatch match) {
        if (match.elsewhere()) {
            elsewhere.add(match.notice());
        } else {
            found.putIfAbsent(match.person().id(), match);
        }
    }

    private static String describe(PersonMatch m) {
        PersonView p = m.person();
        String born = p.dateOfBirth() != null ? "born " + Dates.date(p.dateOfBirth()) : "expected " + Dates.date(p.expectedDate());
        return p.fullName() + ", " + born + ", " + m.familyName() + ", " + m.address();
    }

    /**
     * The person form read into a command, refused with the form's own problems (an impossible
     * date) together with the rules' problems with the rest, in the order of the form's fields.
     */
    static PersonCommand read(Form form, FamilyRegister register) {
        PersonCommand command = PersonFields.command(form);
        if (form.problems().isEmpty()) {
            return command;
        }
        Map<String, String> problems = new LinkedHashMap<>(register.problemsWith(command));
        // a date that could not be read replaces what the rules say about the missing date
        problems.putAll(form.problems());
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("givenName", "familyName", "otherNames", "dateOfBirth", "expectedDate", "sex", "ethnicity",
                "firstLanguage", "interpreterNeeded", "disability", "schoolOrSetting", "nhsNumber", "pupilNumber", "relationship",
                "livesHere")) {
            if (problems.containsKey(field)) {
                ordered.put(field, problems.remove(field));
            }
        }
        ordered.putAll(problems);
        throw new InvalidInput(ordered);
    }
}
