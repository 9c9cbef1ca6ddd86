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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CaseLoops;
import org.placeworks.caf.CaseSummary;
import org.placeworks.caf.Reminders;
import org.placeworks.caf.SignOffSettings;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/**
 * A manager's list of cases awaiting their sign-off; each service's sign-off settings, changed by its
 * manager or an administrator; and a worker's choice to get the daily reminder email or not.
 */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class SignOffPages {

    @Inject
    CaseLoops loops;

    @Inject
    Reminders reminders;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance awaiting(List<CaseSummary> cases);

        static native TemplateInstance settingsList(List<SignOffSettings> services);

        static native TemplateInstance settings(SignOffSettings service, Form form, FormErrors errors);

        static native TemplateInstance reminders(boolean on, String email, FormErrors errors);
    }

    @GET
    @Path("sign-off")
    @RolesAllowed(Roles.MANAGER)
    public TemplateInstance awaiting() {
        return Templates.awaiting(loops.awaitingMySignOff());
    }

    @GET
    @Path("sign-off/settings")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public TemplateInstance settingsList() {
        return Templates.settingsList(loops.settingsIMayChange());
    }

    @GET
    @Path("sign-off/settings/{serviceId}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public TemplateInstance settings(@RestPath UUID serviceId) {
        SignOffSettings s = loops.settings(serviceId);
        Form form = Form.empty().with("version", s.version()).with("closure", s.closure() ? "yes" : "")
                .with("stepUp", s.stepUp() ? "yes" : "").with("stepDown", s.stepDown() ? "yes" : "");
        return Templates.settings(s, form, FormErrors.none());
    }

    @POST
    @Path("sign-off/settings/{serviceId}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeSettings(@RestPath UUID serviceId, MultivaluedMap<String, String> body) {
        SignOffSettings before = loops.settings(serviceId); // who may change them is settled before the form is read
        Form form = Form.of(body);
        return FormPost.save("/cases/sign-off/settings", "closure", () -> loops.changeSettings(serviceId, form.ticked("closure"),
                form.ticked("stepUp"), form.ticked("stepDown"), form.version()), errors -> Templates.settings(before, form, errors));
    }

    @GET
    @OneReading
    @Path("reminders")
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
    public TemplateInstance reminders() {
        return Templates.reminders(reminders.mine(), reminders.myEmail(), FormErrors.none());
    }

    @POST
    @Path("reminders")
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeReminders(MultivaluedMap<String, String> body) {
        boolean on = reminders.mine(); // only current staff have reminders: settled before the form is read
        Form form = Form.of(body);
        return FormPost.save("/cases/reminders", "on", () -> {
            Boolean turnOn = form.required(form.value("on").isBlank() ? null : form.yes("on", false), "on",
                    "Select whether to turn reminders on or off");
            form.check();
            reminders.turn(turnOn);
        }, errors -> Templates.reminders(on, reminders.myEmail(), errors));
    }
}
