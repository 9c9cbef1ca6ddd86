package org.placeworks.intelligence.web;

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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.estate.EstateCategory;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.HandlingCode;
import org.placeworks.intelligence.InformationAssessment;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.RouteCommand;
import org.placeworks.intelligence.SourceEvaluation;
import org.placeworks.intelligence.TriageCommand;
import org.placeworks.intelligence.TriageView;
import org.placeworks.intelligence.Triages;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * An intelligence officer's triage of a report: grading and the sanitised summary, passing it on, and
 * revealing who reported it (a reason required, the identity shown on that answer only and never cached).
 * Other roles are refused (403); an officer who may not read the report is told it does not exist (404).
 */
@Path("/intelligence/reports/{id}")
@RolesAllowed(Roles.INTELLIGENCE_OFFICER)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TriagePages {

    /** The answer that shows who reported is never stored by the browser or anything between. */
    static final String NO_STORE = "no-store";

    @Inject
    Triages triages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance triage(TriageView t, Form grade, FormErrors gradeErrors, Form route, FormErrors routeErrors,
                Form estate, FormErrors estateErrors, List<Option> sources, List<Option> informations, List<Option> handlings,
                List<Option> receivers, List<Option> estateIssues, List<Option> estateCategories);

        static native TemplateInstance reveal(TriageView t, Form form, FormErrors errors);

        static native TemplateInstance revealed(TriageView t, ReporterDetails reporter, String reason);
    }

    @OneReading
    @GET
    @Path("triage")
    public TemplateInstance triage(@RestPath UUID id) {
        TriageView t = triages.find(id);
        return page(t, gradeForm(t), FormErrors.none(), routeForm(t), FormErrors.none(), Form.empty(), FormErrors.none());
    }

    @POST
    @Path("triage")
    public Response grade(@RestPath UUID id, MultivaluedMap<String, String> body) {
        triages.checkMayTriage(id); // who may is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/intelligence/reports/" + id + "/triage", "summary", () -> {
            TriageCommand command = new TriageCommand(form.choice(SourceEvaluation.class, "source"),
                    form.choice(InformationAssessment.class, "information"), form.choice(HandlingCode.class, "handling"),
                    form.value("handling").equals("C") ? form.value("conditions") : null, form.value("summary"),
                    form.value("noteForReporter"), form.version());
            form.check();
            triages.grade(id, command);
        }, errors -> {
            TriageView t = triages.find(id);
            return page(t, form, errors, routeForm(t), FormErrors.none(), Form.empty(), FormErrors.none());
        });
    }

    @POST
    @Path("route")
    public Response route(@RestPath UUID id, MultivaluedMap<String, String> body) {
        triages.checkMayTriage(id);
        Form form = Form.of(body);
        return FormPost.save("/intelligence/reports/" + id + "/triage#passed-on", "serviceId", () -> {
            String to = form.value("serviceId");
            RouteCommand command = new RouteCommand(to.equals("other-council") ? null : form.uuid("serviceId"),
                    to.equals("other-council") ? form.value("otherCouncil") : null, form.value("noteForReporter"), form.version());
            form.check();
            triages.route(id, command);
        }, errors -> {
            TriageView t = triages.find(id);
            return page(t, gradeForm(t), FormErrors.none(), form, errors, Form.empty(), FormErrors.none());
        });
    }

    @POST
    @Path("estate-link")
    public Response linkEstateIssue(@RestPath UUID id, MultivaluedMap<String, String> body) {
        triages.checkMayTriage(id);
        Form form = Form.of(body);
        return FormPost.save("/intelligence/reports/" + id + "/triage#estate-issues", "issueId", () -> {
            UUID issue = form.uuid("issueId");
            form.check();
            triages.linkEstateIssue(id, issue);
        }, errors -> estatePage(id, form, errors));
    }

    @POST
    @Path("estate-issue")
    public Response raiseEstateIssue(@RestPath UUID id, MultivaluedMap<String, String> body) {
        triages.checkMayTriage(id);
        Form form = Form.of(body);
        return FormPost.save("/intelligence/reports/" + id + "/triage#estate-issues", "category", () -> {
            EstateCategory category = form.choice(EstateCategory.class, "category");
            form.check();
            triages.raiseEstateIssue(id, category);
        }, errors -> estatePage(id, form, errors));
    }

    @GET
    @Path("reveal")
    public TemplateInstance revealForm(@RestPath UUID id) {
        return Templates.reveal(triages.find(id), Form.empty(), FormErrors.none());
    }

    @POST
    @Path("reveal")
    public Response reveal(@RestPath UUID id, MultivaluedMap<String, String> body) {
        triages.checkMayTriage(id);
        Form form = Form.of(body);
        return FormPost.answer("reason", () -> {
            String reason = form.text("reason", "The reason", Text.LONG);
            form.check();
            ReporterDetails reporter = triages.reveal(id, reason).orElse(null);
            return Response.ok(Templates.revealed(triages.find(id), reporter, reason.strip()), MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", NO_STORE).header("Pragma", "no-cache").build();
        }, errors -> Templates.reveal(triages.find(id), form, errors));
    }

    private TemplateInstance estatePage(UUID id, Form form, FormErrors errors) {
        TriageView t = triages.find(id);
        return page(t, gradeForm(t), FormErrors.none(), routeForm(t), FormErrors.none(), form, errors);
    }

    private TemplateInstance page(TriageView t, Form grade, FormErrors gradeErrors, Form route, FormErrors routeErrors, Form estate,
            FormErrors estateErrors) {
        List<Option> sources = Arrays.stream(SourceEvaluation.values()).map(s -> new Option(s.name(), s.option())).toList();
        List<Option> informations = Arrays.stream(InformationAssessment.values()).map(s -> new Option(s.name(), s.option())).toList();
        List<Option> handlings = Arrays.stream(HandlingCode.values()).map(s -> new Option(s.name(), s.option())).toList();
        List<Option> receivers = t.receivers().stream().map(r -> new Option(r.serviceId().toString(), r.label())).toList();
        List<Option> issues = triages.openEstateIssues().stream().map(i -> new Option(i.id().toString(), i.reference() + ": "
                + i.category().label() + ", " + i.placeDescription() + " (" + i.status().label() + ")")).toList();
        List<Option> categories = Arrays.stream(EstateCategory.values()).map(c -> new Option(c.name(), c.label())).toList();
        return Templates.triage(t, grade, gradeErrors, route, routeErrors, estate, estateErrors, sources, informations, handlings,
                receivers, issues, categories);
    }

    private static Form routeForm(TriageView t) {
        return Form.empty().with("version", t.report().version());
    }

    private static Form gradeForm(TriageView t) {
        Form form = Form.empty().with("version", t.report().version());
        if (t.triaged()) {
            form.with("source", t.grading().source()).with("information", t.grading().information())
                    .with("handling", t.grading().handling()).with("conditions", t.grading().conditions()).with("summary", t.summary());
        }
        return form.with("noteForReporter", t.report().statusNote());
    }
}
