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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CafDomain;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ReassessmentCommand;
import org.placeworks.caf.Reassessments;
import org.placeworks.caf.Score;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Re-assessing the family once the plan is under way: the form opens with the assessment in force,
 * to be brought up to date, and asks for a new score for every need. Saving keeps the earlier
 * assessment as history. Only the case's own service and its lead professional open it.
 */
@Path("/cases/{id}/reassessment")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReassessmentPage {

    @Inject
    CafCases cases;

    @Inject
    CaseWork work;

    @Inject
    Reassessments reassessments;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CaseView c, Form form, List<CaseWorkPages.DomainFields> domains, List<Option> scores,
                FormErrors errors);
    }

    @OneReading
    @GET
    public TemplateInstance form(@RestPath UUID id) {
        work.revision(id); // only whoever may change the case
        CaseView c = cases.find(id);
        if (!c.canEdit()) {
            throw new Forbidden("Only the case's own service and its lead professional can re-assess the family.");
        }
        if (c.status() != org.placeworks.caf.CaseStatus.ACTIVE_PLAN) {
            throw new org.placeworks.shared.Conflict("The family is re-assessed once the assessment is complete, while the plan is active.");
        }
        Form form = Form.empty().with("version", c.version()).withDate("completedOn", today.date())
                .with("childsVoice", c.childsVoice()).with("familyViews", c.familyViews());
        c.findings().forEach(f -> form.with("strengths-" + f.element().name(), f.strengths()).with("needs-" + f.element().name(), f.needs()));
        c.needs().forEach(n -> {
            if (n.goal() != null) {
                form.with(CaseWorkPages.GOAL + n.id(), n.goal().whatWillBeDifferent())
                        .with(CaseWorkPages.MEASURE + n.id(), n.goal().measure());
            }
        });
        return page(c, form, FormErrors.none());
    }

    @POST
    public Response save(@RestPath UUID id, MultivaluedMap<String, String> body) {
        List<UUID> needIds = work.revision(id).needIds(); // who may change the case is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id + "#assessment", "findings", () -> {
            Map<CafElement, String> strengths = new EnumMap<>(CafElement.class);
            Map<CafElement, String> needs = new EnumMap<>(CafElement.class);
            for (CafElement e : CafElement.values()) {
                strengths.put(e, form.longText("strengths-" + e.name(), e.label() + " strengths"));
                needs.put(e, form.longText("needs-" + e.name(), e.label() + " needs"));
            }
            Map<UUID, Score> scores = new LinkedHashMap<>();
            for (UUID need : needIds) {
                Integer chosen = form.whole("score-" + need, "Score");
                if (chosen != null) {
                    Score.of(chosen).ifPresentOrElse(s -> scores.put(need, s), () -> form.problem("score-" + need, "Choose a score from 1 to 10"));
                }
            }
            ReassessmentCommand command = new ReassessmentCommand(strengths, needs, scores,
                    form.longText("childsVoice", "The child's voice"), form.longText("familyViews", "The family's views"),
                    form.date("completedOn", "The date of the re-assessment"), CaseWorkPages.goals(form, needIds), form.version());
            form.check();
            try {
                reassessments.reassess(id, command);
            } catch (InvalidInput e) {
                Map<String, String> named = new LinkedHashMap<>();
                e.errors().forEach((key, message) -> named.putIfAbsent(
                        key.replaceAll("^needs\\[([0-9a-f-]{36})]\\.(score|goal|measure)$", "$2-$1"), message));
                throw new InvalidInput(named);
            }
        }, errors -> page(cases.find(id), form, errors));
    }

    private static TemplateInstance page(CaseView c, Form form, FormErrors errors) {
        List<CaseWorkPages.DomainFields> domains = Arrays.stream(CafDomain.values()).map(d -> new CaseWorkPages.DomainFields(d.label(),
                CafElement.of(d).stream().map(e -> new CaseWorkPages.ElementField(e.label(), "strengths-" + e.name(), "needs-" + e.name()))
                        .toList())).toList();
        return Templates.form(c, form, domains, CafWeb.scores(), errors);
    }
}
