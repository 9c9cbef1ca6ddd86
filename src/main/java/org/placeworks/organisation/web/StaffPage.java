package org.placeworks.organisation.web;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Invitation;
import org.placeworks.organisation.InviteCommand;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.ServiceUnavailable;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** Administrators' pages for staff: inviting them, changing their roles and services, and disabling leavers. */
@Path("/admin/staff")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class StaffPage {

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    public record InviteForm(String username, String givenName, String familyName, String email, String jobTitle,
            String agencyId, List<String> roles, List<String> serviceIds) {

        static InviteForm empty() {
            return new InviteForm("", "", "", "", "", "", List.of(), List.of());
        }
    }

    public record AccessForm(List<String> roles, List<String> serviceIds, String version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<StaffView> staff);

        static native TemplateInstance invite(InviteForm form, List<Option> agencies, List<Option> roles,
                List<Option> services, FormErrors errors);

        static native TemplateInstance invited(StaffView member, List<String> roles, String temporaryPassword);

        static native TemplateInstance show(StaffView member, List<String> roleLabels, AccessForm form,
                List<Option> roles, List<Option> services, FormErrors errors);

        static native TemplateInstance disable(StaffView member, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(staff.all());
    }

    @GET
    @Path("invite")
    public TemplateInstance inviteForm() {
        return invitePage(InviteForm.empty(), FormErrors.none());
    }

    /**
     * The one-time password is shown in the answer to the post itself rather than after a redirect:
     * Placeworks keeps no copy of it, so there is nothing a later page could show.
     */
    @POST
    @Path("invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@RestForm String username, @RestForm String givenName, @RestForm String familyName,
            @RestForm String email, @RestForm String jobTitle, @RestForm String agencyId,
            @RestForm List<String> roles, @RestForm List<String> serviceIds) {
        InviteForm posted = new InviteForm(username, givenName, familyName, email, jobTitle, agencyId,
                ServicesPage.orEmpty(roles), ServicesPage.orEmpty(serviceIds));
        try {
            Invitation invitation = staff.invite(new InviteCommand(username, givenName, familyName, email, jobTitle,
                    FormValues.uuid("agencyId", agencyId), FormValues.strings(roles),
                    FormValues.uuids("serviceIds", serviceIds)));
            List<String> roleLabels = FormValues.strings(roles).stream().map(Roles::label).toList();
            return Response.ok(Templates.invited(invitation.staff(), roleLabels, invitation.temporaryPassword()))
                    .type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store").build();
        } catch (InvalidInput e) {
            return ServicesPage.rerender(422, invitePage(posted, FormErrors.of(e)));
        } catch (ServiceUnavailable e) {
            // Keycloak refused or could not be reached: nothing was saved, and the administrator can try again.
            return ServicesPage.rerender(503, invitePage(posted, FormErrors.of(Map.of("username", e.getMessage()))));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        StaffView member = staff.member(id);
        List<String> roles = List.copyOf(staff.roles(id));
        return showPage(member, roles, new AccessForm(roles, serviceIds(member), String.valueOf(member.version())),
                FormErrors.none());
    }

    @POST
    @Path("{id}/access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeAccess(@RestPath UUID id, @RestForm List<String> roles, @RestForm List<String> serviceIds,
            @RestForm String version) {
        AccessForm posted = new AccessForm(ServicesPage.orEmpty(roles), ServicesPage.orEmpty(serviceIds), version);
        try {
            staff.changeAccess(id, FormValues.strings(roles), FormValues.uuids("serviceIds", serviceIds),
                    FormValues.version(version));
            return Response.seeOther(URI.create("/admin/staff/" + id)).build();
        } catch (StaleEdit e) {
            StaffView member = staff.member(id);
            List<String> current = List.copyOf(staff.roles(id));
            return ServicesPage.rerender(409, showPage(member, current,
                    new AccessForm(current, serviceIds(member), String.valueOf(member.version())),
                    FormErrors.of(Map.of("roles", e.getMessage()))));
        } catch (InvalidInput e) {
            StaffView member = staff.member(id);
            return ServicesPage.rerender(422, showPage(member, List.copyOf(staff.roles(id)), posted, FormErrors.of(e)));
        } catch (ServiceUnavailable | Conflict e) {
            StaffView member = staff.member(id);
            return ServicesPage.rerender(e.status(), showPage(member, List.of(), posted,
                    FormErrors.of(Map.of("roles", e.getMessage()))));
        }
    }

    @GET
    @Path("{id}/disable")
    public TemplateInstance confirmDisable(@RestPath UUID id) {
        return Templates.disable(staff.member(id), FormErrors.none());
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath UUID id, @RestForm String version) {
        try {
            staff.disable(id, FormValues.version(version));
            return Response.seeOther(URI.create("/admin/staff/" + id)).build();
        } catch (ServiceUnavailable | Conflict e) {
            // A stale page, someone who has already left, or Keycloak refusing: nothing changed.
            return ServicesPage.rerender(e.status(), Templates.disable(staff.member(id),
                    FormErrors.of(Map.of("confirm", e.getMessage()))));
        }
    }

    private TemplateInstance invitePage(InviteForm form, FormErrors errors) {
        return Templates.invite(form, Choices.agencies(services.agencies()), Choices.roles(),
                Choices.services(services.services()), errors);
    }

    private TemplateInstance showPage(StaffView member, List<String> roles, AccessForm form, FormErrors errors) {
        return Templates.show(member, roles.stream().map(Roles::label).toList(), form, Choices.roles(),
                Choices.services(services.services()), errors);
    }

    private static List<String> serviceIds(StaffView member) {
        return member.services().stream().map(ServiceView::id).map(UUID::toString).toList();
    }
}
