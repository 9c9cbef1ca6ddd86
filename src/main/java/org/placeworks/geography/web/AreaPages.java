package org.placeworks.geography.web;

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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaRow;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.EditPage;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** The area tree for administrators: see, create and change areas, estates' neighbourhoods and boundaries. */
@Path("/admin/areas")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AreaPages {

    /** Places, for administrators. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(60, "/admin/areas", "Places", "Places", "Areas, neighbourhoods, estates, their "
            + "deprivation deciles and boundaries; import from CSV and GeoJSON.", Set.of(Roles.ADMIN));

    @Inject
    Places places;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AreaRow> rows);

        static native TemplateInstance show(AreaView area, List<AreaView> within, List<Option> neighbourhoods,
                Set<String> straddled, String version, FormErrors errors);

        static native TemplateInstance form(AreaView area, Form form, List<Option> kinds, List<Option> parents, FormErrors errors);

        static native TemplateInstance boundary(AreaView area, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(places.areaTree());
    }

    @GET
    @Path("new")
    public TemplateInstance newArea() {
        return form(null, Form.empty().with("vintage", today.date().getYear()), FormErrors.none());
    }

    @POST
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("code", () -> "/admin/areas/" + places.createArea(AreaFields.command(form)).id(),
                errors -> form(null, form, errors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        AreaView area = places.area(id);
        Set<String> straddled = new HashSet<>();
        places.estateNeighbourhoods(id).forEach(n -> straddled.add(n.toString()));
        return show(area, straddled, String.valueOf(area.version()), FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@RestPath UUID id) {
        return editing().form(id, AreaFields::of);
    }

    @POST
    @Path("{id}/edit")
    public Response update(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return editing().save(id, body, "stale", form -> "/admin/areas/" + places.updateArea(id, AreaFields.command(form)).id());
    }

    private EditPage<AreaView> editing() {
        return EditPage.of(places::area, this::form);
    }

    /** For an estate: which neighbourhoods it straddles. */
    @POST
    @Path("{id}/neighbourhoods")
    public Response straddle(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        AreaView area = places.area(id);
        return FormPost.save("/admin/areas/" + id, "stale", () -> {
            Set<UUID> ids = form.uuids("neighbourhoods", "Select neighbourhoods only");
            form.check();
            places.setEstateNeighbourhoods(id, ids, form.version());
        }, errors -> show(area, new HashSet<>(form.values("neighbourhoods")), form.value("version"), errors));
    }

    @GET
    @Path("{id}/boundary")
    public TemplateInstance boundaryForm(@RestPath UUID id) {
        return Templates.boundary(places.area(id), FormErrors.none());
    }

    @POST
    @Path("{id}/boundary")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadBoundary(@RestPath UUID id, @RestForm("boundary") FileUpload file) {
        AreaView area = places.area(id);
        return FormPost.save("/admin/areas/" + id, "boundary", () -> {
            String geoJson = Uploads.text(file, "boundary", "a GeoJSON file holding the boundary");
            if (geoJson.isBlank()) {
                throw new InvalidInput("boundary", "The selected file is empty");
            }
            places.setBoundary(id, geoJson);
        }, errors -> Templates.boundary(area, errors));
    }

    /** The stored boundary, to check it in a GIS tool. */
    @GET
    @Path("{id}/boundary.geojson")
    @Produces("application/geo+json")
    public Response boundaryFile(@RestPath UUID id) {
        AreaView area = places.area(id);
        String geometry = places.boundaryGeoJson(id).orElseThrow(() -> new NotFound("boundary for area", area.code()));
        return Response.ok(geometry, "application/geo+json")
                .header("Content-Disposition", "attachment; filename=\"" + area.code() + ".geojson\"").build();
    }

    private TemplateInstance form(AreaView area, Form form, FormErrors errors) {
        List<Option> kinds = EnumSet.allOf(AreaKind.class).stream().map(k -> new Option(k.name(), k.label())).toList();
        List<Option> parents = places.areaTree().stream().map(AreaRow::area)
                .filter(a -> a.kind() != AreaKind.NEIGHBOURHOOD && a.kind() != AreaKind.ESTATE)
                .filter(a -> area == null || !a.id().equals(area.id()))
                .map(a -> new Option(a.id().toString(), a.kind().label() + ": " + a.name() + " (" + a.code() + ")")).toList();
        return Templates.form(area, form, kinds, parents, errors);
    }

    private TemplateInstance show(AreaView area, Set<String> straddled, String version, FormErrors errors) {
        List<Option> neighbourhoods = area.kind() != AreaKind.ESTATE ? List.of()
                : places.areasOfKind(AreaKind.NEIGHBOURHOOD).stream()
                        .map(n -> new Option(n.id().toString(), n.name() + " (" + n.code() + ")")).toList();
        return Templates.show(area, places.areasWithin(area.id()), neighbourhoods, straddled, version, errors);
    }
}
