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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CafDomain;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.ChildAssessmentCommand;
import org.placeworks.caf.ChildAssessmentView;
import org.placeworks.caf.ChildAssessments;
import org.placeworks.family.PersonView;
import org.placeworks.identity.Roles;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/**
 * Assessing one child of a case for several children: the child's strengths and needs across the
 * CAF elements, their voice and the date, with the needs the family assessment attributes to them
 * and their scores shown, not asked again. The form opens with the child's assessment in force, if
 * any; saving keeps it as history. Who may record is settled before anything posted is read.
 */
@Path("/cases/{id}/children/{personId}/assessment")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ChildAssessmentPages {

    @Inject
    ChildAssessments assessments;

    @Inject
    CafCases cases;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CaseView c, PersonView child, List<CaseView.NeedView> needs, boolean redo, Form form,
                List<CaseWorkPages.DomainFields> domains, FormErrors errors);
    }

    @GET
    public TemplateInstance form(@RestPath UUID id, @RestPath UUID personId) {
        assessments.checkMayRecord(id);
        CaseView c = cases.find(id);
        PersonView child = child(c, personId);
        Form form = Form.empty().with("version", c.version()).withDate("completedOn", today.date());
        List<ChildAssessmentView> earlier = assessments.forCasePage(c).stream()
                .filter(a -> a.current() && a.childId().equals(personId)).toList();
        earlier.forEach(a -> {
            form.with("childsVoice", a.childsVoice());
            a.findings().forEach(f -> form.with("strengths-" + f.element().name(), f.strengths())
                    .with("needs-" + f.element().name(), f.needs()));
        });
        return page(c, child, !earlier.isEmpty(), form, FormErrors.none());
    }

    @POST
    public Response save(@RestPath UUID id, @RestPath UUID personId, MultivaluedMap<String, String> body) {
        assessments.checkMayRecord(id); // who may record is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id + "#child-assessments", "findings", () -> {
            Map<CafElement, String> strengths = new EnumMap<>(CafElement.class);
            Map<CafElement, String> needs = new EnumMap<>(CafElement.class);
            for (CafElement e : CafElement.values()) {
                strengths.put(e, form.longText("strengths-" + e.name(), e.label() + " strengths"));
                needs.put(e, form.longText("needs-" + e.name(), e.label() + " needs"));
            }
            ChildAssessmentCommand command = new ChildAssessmentCommand(strengths, needs, form.longText("childsVoice", "The child's voice"),
                    form.date("completedOn", "The date of the child's assessment"), form.version());
            form.check();
            assessments.record(id, personId, command);
        }, errors -> {
            CaseView c = cases.find(id);
            return page(c, child(c, personId), form.value("redo").equals("true"), form, errors);
        });
    }

    /** A person who is not a child of the case has no assessment of their own here. */
    private static PersonView child(CaseView c, UUID personId) {
        return c.children().stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(() -> new NotFound("child of the case", personId));
    }

    private static TemplateInstance page(CaseView c, PersonView child, boolean redo, Form form, FormErrors errors) {
        List<CaseWorkPages.DomainFields> domains = Arrays.stream(CafDomain.values()).map(d -> new CaseWorkPages.DomainFields(d.label(),
                CafElement.of(d).stream().map(e -> new CaseWorkPages.ElementField(e.label(), "strengths-" + e.name(), "needs-" + e.name()))
                        .toList())).toList();
        List<CaseView.NeedView> needs = c.needs().stream().filter(n -> child.id().equals(n.childId())).toList();
        return Templates.form(c, child, needs, redo, form.with("redo", redo), domains, errors);
    }
}
