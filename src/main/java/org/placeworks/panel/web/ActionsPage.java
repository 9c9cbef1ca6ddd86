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
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.panel.ActionView;
import org.placeworks.panel.Meetings;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/** Open and overdue panel actions of the panels the reader sits on; owners and the chair mark them done. */
@Path("/panel/actions")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER, Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ActionsPage {

    @Inject
    Meetings meetings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ActionView> actions, long overdue, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance list() {
        return page(FormErrors.none());
    }

    @POST
    @Path("{id}/done")
    public Response done(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/panel/actions", "action-" + id, () -> meetings.actionDone(id, form.version()),
                this::page);
    }

    private TemplateInstance page(FormErrors errors) {
        List<ActionView> actions = meetings.openActions(false);
        return Templates.list(actions, actions.stream().filter(ActionView::overdue).count(), errors);
    }
}
