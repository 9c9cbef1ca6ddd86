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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.Referrals;
import org.placeworks.family.Families;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonSearch;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.PassedOn;
import org.placeworks.intelligence.PassedOnView;
import org.placeworks.intelligence.internal.PassedOnReferrals;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.PageLinks;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/**
 * "Reports passed to your service": what the intelligence officers sent, sanitised, to a service the
 * signed-in member of staff belongs to (any role), and its acknowledgement. Anyone else is told the
 * report does not exist. The navigation offers it to the roles of the services that receive reports.
 */
@Path("/intelligence/passed-on")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ESTATE_OFFICER,
    Roles.INTELLIGENCE_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE, Roles.DPO})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PassedOnPages {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(51, "/intelligence/passed-on", "Passed on", "Reports passed to your service",
            "Community safety reports the intelligence officers passed to your service, without anything that identifies who made them.",
            Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ESTATE_OFFICER, Roles.MANAGER));

    @Inject
    PassedOn passedOn;

    @Inject
    Referrals referrals;

    @Inject
    Families families;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PassedOn.PassedOnPage page, PageLinks pages);

        static native TemplateInstance show(PassedOnView report, Form form, FormErrors errors);

        static native TemplateInstance chooseFamily(PassedOnView report, String origin, Form form, boolean searched,
                List<PersonMatch> results, List<PersonMatch> elsewhere, FormErrors errors);
    }

    @GET
    public TemplateInstance list(@RestQuery Integer page) {
        PassedOn.PassedOnPage list = passedOn.list(page == null ? 0 : page);
        return Templates.list(list, new PageLinks(list.page() > 0 ? "/intelligence/passed-on?page=" + (list.page() - 1) : null,
                list.more() ? "/intelligence/passed-on?page=" + (list.page() + 1) : null, null));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        PassedOnView report = passedOn.find(id);
        return Templates.show(report, Form.empty().with("version", report.version()), FormErrors.none());
    }

    /**
     * "Make a request for support from this report": find the family (among those the worker may see), then
     * caf's request for support, carrying the report as its origin. Only for the receiving early help service.
     */
    @GET
    @Path("{id}/request-for-support")
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
    public Response chooseFamily(@RestPath UUID id, @RestQuery String name, @RestQuery String postcode) {
        String origin = PassedOnReferrals.reference(id);
        referrals.origin(origin);
        PassedOnView report = passedOn.find(id);
        Form form = Form.empty().with("name", name == null ? "" : name).with("postcode", postcode == null ? "" : postcode);
        if (form.value("name").isBlank() && form.value("postcode").isBlank()) {
            return Response.ok(Templates.chooseFamily(report, origin, form, false, List.of(), List.of(), FormErrors.none())).build();
        }
        try {
            PersonSearch search = new PersonSearch(form.text("name", "Name", Text.SEARCH), null, form.text("postcode", "Postcode", Text.SEARCH));
            form.check();
            List<PersonMatch> found = families.search(search);
            return Response.ok(Templates.chooseFamily(report, origin, form, true, found.stream().filter(m -> !m.elsewhere()).toList(),
                    found.stream().filter(PersonMatch::elsewhere).toList(), FormErrors.none())).build();
        } catch (InvalidInput e) {
            return FormPost.page(422, Templates.chooseFamily(report, origin, form, false, List.of(), List.of(), FormErrors.of(e)));
        }
    }

    @POST
    @Path("{id}/acknowledge")
    public Response acknowledge(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/intelligence/passed-on/" + id, "acknowledge", () -> passedOn.acknowledge(id, form.version()),
                errors -> Templates.show(passedOn.find(id), form, errors));
    }
}
