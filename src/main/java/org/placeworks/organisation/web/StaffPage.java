package org.placeworks.organisation.web;

import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;
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
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Invitation;
import org.placeworks.organisation.InviteCommand;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** Administrators' pages for staff: inviting them, changing their roles and services, and disabling leavers. */
@Path("/admin/staff")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class StaffPage {

    /** Staff, for administrators. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(90, "/admin/staff", "Staff", "Staff",
            "Invite staff, change their roles and services, and disable leavers.", Set.of(Roles.ADMIN));

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<StaffView> staff);

        static native TemplateInstance invite(Form form, List<Option> agencies, List<Option> roles,
                List<Option> services, FormErrors errors);

        static native TemplateInstance invited(StaffView member, List<String> roles, String temporaryPassword);

        static native TemplateInstance show(StaffView member, List<String> roleLabels, Form form,
                List<Option> roles, List<Option> services, FormErrors errors);

        static native TemplateInstance disable(StaffView member, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance list() {
        return Templates.list(staff.all());
    }

    @OneReading
    @GET
    @Path("invite")
    public TemplateInstance inviteForm() {
        return invitePage(Form.empty(), FormErrors.none());
    }

    /**
     * The one-time password is shown in the answer to the post itself rather than after a redirect:
     * Placeworks keeps no copy of it, so there is nothing a later page could show.
     */
    @POST
    @Path("invite")
    public Response invite(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        // Keycloak refusing or out of reach (503) is shown on the form: nothing was saved, and the administrator can try again.
        return FormPost.answer("username", () -> {
            Set<String> roles = form.texts("roles", "Roles");
            InviteCommand command = new InviteCommand(form.text("username", "User name"), form.text("givenName", "First name"),
                    form.text("familyName", "Last name"), form.text("email", "Work email address"),
                    form.text("jobTitle", "Job title"), form.uuid("agencyId"), roles, form.uuids("serviceIds"));
            form.check();
            Invitation invitation = staff.invite(command);
            List<String> roleLabels = roles.stream().map(Roles::label).toList();
            return Response.ok(Templates.invited(invitation.staff(), roleLabels, invitation.temporaryPassword()))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }, errors -> invitePage(form, errors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        StaffView member = staff.member(id);
        List<String> roles = List.copyOf(staff.roles(id));
        return showPage(member, roles, access(member, roles), FormErrors.none());
    }

    @POST
    @Path("{id}/access")
    public Response changeAccess(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/admin/staff/" + id, "roles", () -> {
            Set<String> roles = form.texts("roles", "Roles");
            Set<UUID> serviceIds = form.uuids("serviceIds");
            form.check();
            staff.changeAccess(id, roles, serviceIds, form.version());
        }, errors -> showPage(staff.member(id), List.copyOf(staff.roles(id)), form, errors));
    }

    @GET
    @Path("{id}/disable")
    public TemplateInstance confirmDisable(@RestPath UUID id) {
        return Templates.disable(staff.member(id), FormErrors.none());
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        // A stale page, someone who has already left, or Keycloak refusing: nothing changed.
        return FormPost.save("/admin/staff/" + id, "confirm", () -> staff.disable(id, form.version()),
                errors -> Templates.disable(staff.member(id), errors));
    }

    private TemplateInstance invitePage(Form form, FormErrors errors) {
        return Templates.invite(form, Choices.agencies(services.agencies()), Choices.roles(),
                Choices.services(services.services()), errors);
    }

    private TemplateInstance showPage(StaffView member, List<String> roles, Form form, FormErrors errors) {
        return Templates.show(member, roles.stream().map(Roles::label).toList(), form, Choices.roles(),
                Choices.services(services.services()), errors);
    }

    private static Form access(StaffView member, List<String> roles) {
        return Form.empty().withAll("roles", roles)
                .withAll("serviceIds", member.services().stream().map(ServiceView::id).toList()).with("version", member.version());
    }
}
