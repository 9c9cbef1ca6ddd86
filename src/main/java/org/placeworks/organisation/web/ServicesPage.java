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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.ServiceCommand;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** Administrators' pages for existing services: who runs them, their boundaries and the strands they deliver. */
@Path("/admin/services")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ServicesPage {

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    Places places;

    /** A service with its strands and boundary areas named for people. */
    public record ServiceRow(ServiceView service, List<String> strands, List<String> areas) {
    }

    /** What the service form holds, as posted. */
    public record ServiceForm(String name, String agencyId, String description, List<String> boundary,
            List<String> strands, String version) {

        static ServiceForm empty() {
            return new ServiceForm("", "", "", List.of(), List.of(), "");
        }

        static ServiceForm of(ServiceView s) {
            return new ServiceForm(s.name(), s.agencyId().toString(), s.description() == null ? "" : s.description(),
                    s.boundary().stream().map(UUID::toString).toList(),
                    s.strands().stream().map(Strand::name).toList(), String.valueOf(s.version()));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ServiceRow> services);

        static native TemplateInstance show(ServiceRow row, List<StaffView> staff);

        static native TemplateInstance form(String title, String action, String back, ServiceForm form,
                List<Option> agencies, List<Option> areas, List<Option> strands, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        Function<ServiceView, ServiceRow> row = rows();
        return Templates.list(services.services().stream().map(row).toList());
    }

    @GET
    @Path("new")
    public TemplateInstance newService() {
        return form("Add a service", "/admin/services", "/admin/services", ServiceForm.empty(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String agencyId, @RestForm String description,
            @RestForm List<String> boundary, @RestForm List<String> strands) {
        ServiceForm posted = new ServiceForm(name, agencyId, description, orEmpty(boundary), orEmpty(strands), "");
        try {
            ServiceView created = services.createService(command(posted, null));
            return Response.seeOther(URI.create("/admin/services/" + created.id())).build();
        } catch (InvalidInput e) {
            return rerender(422, form("Add a service", "/admin/services", "/admin/services", posted, FormErrors.of(e)));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        ServiceView service = services.service(id);
        return Templates.show(rows().apply(service), staff.membersOf(id));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@RestPath UUID id) {
        ServiceView service = services.service(id);
        return form("Change " + service.name(), "/admin/services/" + id, "/admin/services/" + id,
                ServiceForm.of(service), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath UUID id, @RestForm String name, @RestForm String agencyId,
            @RestForm String description, @RestForm List<String> boundary, @RestForm List<String> strands,
            @RestForm String version) {
        ServiceView service = services.service(id);
        ServiceForm posted = new ServiceForm(name, agencyId, description, orEmpty(boundary), orEmpty(strands), version);
        String title = "Change " + service.name();
        String here = "/admin/services/" + id;
        try {
            services.updateService(id, command(posted, FormValues.version(version)));
            return Response.seeOther(URI.create(here)).build();
        } catch (StaleEdit e) {
            // Show what the service holds now, so the administrator makes their change again on top of it.
            return rerender(409, form(title, here, here, ServiceForm.of(services.service(id)),
                    FormErrors.of(Map.of("name", e.getMessage()))));
        } catch (InvalidInput e) {
            return rerender(422, form(title, here, here, posted, FormErrors.of(e)));
        }
    }

    private TemplateInstance form(String title, String action, String back, ServiceForm form, FormErrors errors) {
        return Templates.form(title, action, back, form, Choices.agencies(services.agencies()),
                Choices.areas(places.areas()), Choices.strands(), errors);
    }

    private static ServiceCommand command(ServiceForm f, Long version) {
        return new ServiceCommand(f.name(), FormValues.uuid("agencyId", f.agencyId()), f.description(),
                FormValues.uuids("boundary", f.boundary()), FormValues.strands("strands", f.strands()), version);
    }

    private Function<ServiceView, ServiceRow> rows() {
        Map<UUID, AreaView> areas = places.areas().stream().collect(Collectors.toMap(AreaView::id, a -> a));
        return s -> new ServiceRow(s,
                s.strands().stream().sorted().map(Strand::label).toList(),
                s.boundary().stream().map(areas::get).filter(a -> a != null)
                        .sorted(Comparator.comparing(AreaView::kind).thenComparing(AreaView::name))
                        .map(Choices::label).toList());
    }

    static Response rerender(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
