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
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.panel.MeetingMonths;
import org.placeworks.panel.PanelMonths;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** A panel's settings for the months it does not meet (August, say): for administrators and managers. */
@Path("/panel/{id}/months")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PanelMonthsPage {

    @Inject
    PanelMonths months;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(MeetingMonths panel, Form form, List<Option> monthOptions, FormErrors errors);
    }

    @GET
    public TemplateInstance form(@RestPath UUID id) {
        MeetingMonths panel = months.months(id);
        return Templates.form(panel, Form.empty().withAll("months", panel.skipped()).with("version", panel.version()),
                monthOptions(), FormErrors.none());
    }

    @POST
    public Response save(@RestPath UUID id, MultivaluedMap<String, String> body) {
        months.requireMaySet(id);
        Form form = Form.of(body);
        return FormPost.save("/panel/" + id + "/months", "stale", () -> {
            Set<Month> skipped = form.choices(Month.class, "months", "Select months from the list");
            form.check();
            months.skip(id, skipped, form.version());
        }, errors -> Templates.form(months.months(id), form, monthOptions(), errors));
    }

    private static List<Option> monthOptions() {
        return Arrays.stream(Month.values()).map(m -> new Option(m.name(), m.getDisplayName(TextStyle.FULL, Locale.UK))).toList();
    }
}
