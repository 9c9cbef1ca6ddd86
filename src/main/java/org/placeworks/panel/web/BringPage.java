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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseView;
import org.placeworks.identity.Roles;
import org.placeworks.panel.AgendaItemRef;
import org.placeworks.panel.Agendas;
import org.placeworks.panel.BringCommand;
import org.placeworks.panel.ItemKind;
import org.placeworks.panel.MeetingSummary;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** Bringing a case to panel, from the case page: the case's own workers choose why and say what they ask for. */
@Path("/panel/bring")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class BringPage {

    @Inject
    Agendas agendas;

    @Inject
    CafCases cases;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CaseView kase, MeetingSummary next, Form form, List<Option> kinds,
                FormErrors errors);

        static native TemplateInstance listed(CaseView kase, AgendaItemRef item, boolean urgentAsked);
    }

    @OneReading
    @GET
    public TemplateInstance form(@RestQuery String caseId) {
        return page(caseId(caseId), Form.empty(), FormErrors.none());
    }

    @POST
    public Response bring(@RestQuery String caseId, MultivaluedMap<String, String> body) {
        UUID id = caseId(caseId);
        agendas.caseToBring(id);
        Form form = Form.of(body);
        return FormPost.answer("kind", () -> {
            boolean wantsUrgent = form.ticked("urgent");
            BringCommand command = new BringCommand(id, form.choice(ItemKind.class, "kind", "Select why the case is coming to panel"),
                    form.longText("note", "What you are asking the panel for"), null, wantsUrgent,
                    form.longText("urgentReason", "Why it cannot wait"));
            form.check();
            AgendaItemRef item = agendas.bring(command);
            return Response.ok(Templates.listed(cases.find(id), item, wantsUrgent)).type(MediaType.TEXT_HTML_TYPE).build();
        }, errors -> page(id, form, errors));
    }

    private TemplateInstance page(UUID caseId, Form form, FormErrors errors) {
        CaseView kase = agendas.caseToBring(caseId);
        return Templates.form(kase, agendas.nextMeetingFor(caseId).orElse(null), form, Choices.kinds(), errors);
    }

    private static UUID caseId(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFound("case", value);
        }
    }
}
