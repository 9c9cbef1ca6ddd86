package org.placeworks.organisation.web;

import java.util.Set;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** Administrators' pages for existing services: who runs them, their boundaries and the strands they deliver. */
@Path("/admin/services")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ServicesPage {

    /** Services and strands, for administrators. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(80, "/admin/services", "Services", "Services and strands",
            "Services, their boundaries, the strands they deliver and where each strand runs.", Set.of(Roles.ADMIN));

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    Places places;

    /** A service with its strands and boundary areas named for people. */
    public record ServiceRow(ServiceView service, List<String> strands, List<String> areas) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ServiceRow> services);

        static native TemplateInstance show(ServiceRow row, List<StaffView> staff);

        static native TemplateInstance form(String title, String action, String back, Form form,
                List<Option> agencies, List<Option> areas, List<Option> strands, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance list() {
        Function<ServiceView, ServiceRow> row = rows();
        return Templates.list(services.services().stream().map(row).toList());
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance newService() {
        return form("Add a service", "/admin/services", "/admin/services", Form.empty(), FormErrors.none());
    }

    @POST
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("name", () -> "/admin/services/" + services.createService(command(form, null)).id(),
                errors -> form("Add a service", "/admin/services", "/admin/services", form, errors));
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
                fields(service), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        ServiceView service = services.service(id);
        String here = "/admin/services/" + id;
        // After a stale edit, show what the service holds now, so the administrator makes their change again on top of it.
        return FormPost.save(here, "stale", () -> services.updateService(id, command(form, form.version())),
                errors -> form("Change " + service.name(), here, here,
                        errors.has("stale") ? fields(services.service(id)) : form, errors));
    }

    private TemplateInstance form(String title, String action, String back, Form form, FormErrors errors) {
        return Templates.form(title, action, back, form, Choices.agencies(services.agencies()),
                Choices.areas(places.areas()), Choices.strands(), errors);
    }

    private static Form fields(ServiceView s) {
        return Form.empty().with("name", s.name()).with("agencyId", s.agencyId()).with("description", s.description())
                .withAll("boundary", s.boundary()).withAll("strands", s.strands()).with("version", s.version());
    }

    private static ServiceCommand command(Form f, Long version) {
        ServiceCommand command = new ServiceCommand(f.text("name", "Service name"), f.uuid("agencyId"),
                f.longText("description", "Description"), f.uuids("boundary"),
                f.choices(Strand.class, "strands", "Select a strand from the list"), version);
        f.check();
        return command;
    }

    private Function<ServiceView, ServiceRow> rows() {
        Map<UUID, AreaView> areas = places.areas().stream().collect(Collectors.toMap(AreaView::id, a -> a));
        return s -> new ServiceRow(s,
                s.strands().stream().sorted().map(Strand::label).toList(),
                s.boundary().stream().map(areas::get).filter(a -> a != null)
                        .sorted(Comparator.comparing(AreaView::kind).thenComparing(AreaView::name))
                        .map(Choices::label).toList());
    }
}
