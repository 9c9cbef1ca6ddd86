package org.placeworks.geography.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** The area tree for administrators: see, create and change areas, estates' neighbourhoods and boundaries. */
@Path("/admin/areas")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AreaPages {

    @Inject
    Places places;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AreaRow> rows);

        static native TemplateInstance show(AreaView area, List<AreaView> within, List<Option> neighbourhoods,
                Set<String> straddled, String version, FormErrors errors);

        static native TemplateInstance form(AreaView area, AreaForm form, List<Option> kinds, List<Option> parents, FormErrors errors);

        static native TemplateInstance boundary(AreaView area, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(places.areaTree());
    }

    @GET
    @Path("new")
    public TemplateInstance newArea() {
        return form(null, AreaForm.blank(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam AreaForm form) {
        try {
            AreaView area = places.createArea(form.command());
            return seeOther(area.id());
        } catch (InvalidInput e) {
            return Response.status(422).entity(form(null, form, FormErrors.of(e))).build();
        }
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
        AreaView area = places.area(id);
        return form(area, AreaForm.of(area), FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath UUID id, @BeanParam AreaForm form) {
        AreaView area = places.area(id);
        try {
            places.updateArea(id, form.command());
            return seeOther(id);
        } catch (StaleEdit e) {
            return Response.status(409).entity(form(area, form, stale(e))).build();
        } catch (InvalidInput e) {
            return Response.status(422).entity(form(area, form, FormErrors.of(e))).build();
        }
    }

    /** For an estate: which neighbourhoods it straddles. */
    @POST
    @Path("{id}/neighbourhoods")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response straddle(@RestPath UUID id, @RestForm List<String> neighbourhoods, @RestForm String version) {
        AreaView area = places.area(id);
        Set<String> chosen = new HashSet<>(neighbourhoods == null ? List.of() : neighbourhoods);
        try {
            Map<String, String> problems = new LinkedHashMap<>();
            Set<UUID> ids = new HashSet<>();
            for (String value : chosen) {
                UUID n = FormValues.id(value, "neighbourhoods", "Select neighbourhoods only", problems);
                if (n != null) {
                    ids.add(n);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            places.setEstateNeighbourhoods(id, ids, FormValues.version(version));
            return seeOther(id);
        } catch (StaleEdit e) {
            return Response.status(409).entity(show(area, chosen, version, stale(e))).build();
        } catch (InvalidInput e) {
            return Response.status(422).entity(show(area, chosen, version, FormErrors.of(e))).build();
        }
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
        try {
            String geoJson = Uploads.text(file, "boundary", "a GeoJSON file holding the boundary");
            if (geoJson.isBlank()) {
                throw new InvalidInput("boundary", "The selected file is empty");
            }
            places.setBoundary(id, geoJson);
            return seeOther(id);
        } catch (InvalidInput e) {
            return Response.status(422).entity(Templates.boundary(area, FormErrors.of(e))).build();
        }
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

    private TemplateInstance form(AreaView area, AreaForm form, FormErrors errors) {
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

    static FormErrors stale(StaleEdit e) {
        return FormErrors.of(Map.of("stale", e.getMessage()));
    }

    private static Response seeOther(UUID id) {
        return Response.seeOther(URI.create("/admin/areas/" + id)).build();
    }
}
