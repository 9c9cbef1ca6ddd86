package org.placeworks.subjectaccess.web;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.family.PersonMatch;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;
import org.placeworks.subjectaccess.ItemDecision;
import org.placeworks.subjectaccess.NewRequest;
import org.placeworks.subjectaccess.ReceivedHow;
import org.placeworks.subjectaccess.RequestLine;
import org.placeworks.subjectaccess.RequestView;
import org.placeworks.subjectaccess.RequesterKind;
import org.placeworks.subjectaccess.SubjectAccessRequests;

/**
 * The data protection officer's subject access requests: the list by due date, logging a request about a person
 * found among all families, and each request's page (compile, review each item, release, download the final PDF).
 * Only the officer: administrators run the system but do not read case content, and an export is all of it.
 */
@Path("/subject-access")
@RolesAllowed(Roles.DPO)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SubjectAccessPages {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(98, "/subject-access", "Subject access", "Subject access requests",
            "Log a person's request for their records, then compile, review and release it by its due date.", Set.of(Roles.DPO));

    @Inject
    SubjectAccessRequests requests;

    @Inject
    SubjectAccessPdf pdf;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<RequestLine> requests);

        static native TemplateInstance create(Form form, FormErrors errors, boolean searched, List<Option> people,
                List<Option> kinds, List<Option> hows, List<Option> yesNo);

        static native TemplateInstance show(RequestView request, Form form, FormErrors errors, List<Option> decisions);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(requests.list());
    }

    /** Find the person first (name and date of birth, or NHS number), then say who asked and how. */
    @GET
    @Path("new")
    public Response create(@Context UriInfo uri) {
        Form form = Form.of(uri.getQueryParameters()).withDate("receivedOn", today.date());
        if (form.value("name").isBlank() && form.value("nhsNumber").isBlank() && form.day("dateOfBirth").isBlank()) {
            return Response.ok(create(form, FormErrors.none(), null)).build();
        }
        try {
            return Response.ok(create(form, FormErrors.none(), found(form))).build();
        } catch (InvalidInput e) {
            return FormPost.page(422, create(form, FormErrors.of(e), null));
        }
    }

    @POST
    public Response log(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("personId", () -> {
            NewRequest command = new NewRequest(form.uuid("personId", "Choose the person the request is about"),
                    form.text("requesterName", "The requester's name"), form.choice(RequesterKind.class, "requesterKind"),
                    form.choice(ReceivedHow.class, "receivedHow"), form.date("receivedOn", "The date received"),
                    form.value("identityVerified").isBlank() ? null : form.yes("identityVerified", false),
                    form.text("identityHow", "How identity was verified"));
            form.check();
            return "/subject-access/" + requests.log(command);
        }, errors -> create(form, errors, searchedAgain(form)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        RequestView request = requests.find(id);
        return Templates.show(request, Form.empty().with("version", request.version()), FormErrors.none(), decisions());
    }

    @POST
    @Path("{id}/identity")
    public Response identity(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return change(id, body, "identityHow", form -> requests.verifyIdentity(id, form.text("identityHow", "How identity was verified"),
                form.version()));
    }

    @POST
    @Path("{id}/extend")
    public Response extend(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return change(id, body, "reason", form -> requests.extend(id, form.longText("reason", "The reason"), form.version()));
    }

    @POST
    @Path("{id}/compile")
    public Response compile(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return change(id, body, "compile", form -> requests.compile(id));
    }

    @POST
    @Path("{id}/review")
    public Response review(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return change(id, body, "decision", form -> {
            ItemDecision decision = form.choice(ItemDecision.class, "decision");
            String reason = form.longText("reason", "The reason");
            form.check();
            requests.review(id, form.value("item"), decision, reason);
        });
    }

    @POST
    @Path("{id}/release")
    public Response release(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return change(id, body, "release", form -> requests.release(id, form.version()));
    }

    /** The released export as an accessible PDF: the final copy for the person. */
    @GET
    @Path("{id}/export.pdf")
    @Produces("application/pdf")
    public Response exportPdf(@RestPath UUID id) {
        byte[] document = pdf.render(requests.finalCopy(id, "PDF"));
        return Response.ok(document, "application/pdf").header("Content-Disposition", "attachment; filename=\"subject-access-"
                + id + ".pdf\"").header("Cache-Control", "no-store").build();
    }

    private Response change(UUID id, MultivaluedMap<String, String> body, String refusedOn, Consumer<Form> change) {
        Form form = Form.of(body);
        return FormPost.save("/subject-access/" + id, refusedOn, () -> change.accept(form),
                errors -> Templates.show(requests.find(id), form.with("version", requests.version(id)), errors, decisions()));
    }

    private List<PersonMatch> found(Form form) {
        java.time.LocalDate dateOfBirth = form.date("dateOfBirth", "Date of birth");
        form.check();
        return requests.people(form.value("name"), dateOfBirth, form.value("nhsNumber"));
    }

    /** The search shown again under a refused form: the search itself was fine when the form was shown. */
    private List<PersonMatch> searchedAgain(Form form) {
        try {
            MultivaluedMap<String, String> search = new jakarta.ws.rs.core.MultivaluedHashMap<>();
            for (String field : List.of("name", "nhsNumber", "dateOfBirth-day", "dateOfBirth-month", "dateOfBirth-year")) {
                search.add(field, form.value(field));
            }
            return found(Form.of(search));
        } catch (InvalidInput e) {
            return null;
        }
    }

    private TemplateInstance create(Form form, FormErrors errors, List<PersonMatch> matches) {
        List<Option> people = matches == null ? List.of() : matches.stream().filter(m -> !m.elsewhere())
                .map(m -> new Option(m.person().id().toString(), m.person().fullName() + ", born "
                        + (m.person().dateOfBirth() == null ? "not yet" : org.placeworks.shared.web.Dates.date(m.person().dateOfBirth()))
                        + ", " + m.familyName() + ", " + m.address())).toList();
        return Templates.create(form, errors, matches != null, people,
                Arrays.stream(RequesterKind.values()).map(k -> new Option(k.name(), k.label())).toList(),
                Arrays.stream(ReceivedHow.values()).map(k -> new Option(k.name(), k.label())).toList(),
                List.of(new Option("yes", "Yes"), new Option("no", "No, not yet")));
    }

    private static List<Option> decisions() {
        return Arrays.stream(ItemDecision.values()).map(d -> new Option(d.name(), d.label())).toList();
    }
}
