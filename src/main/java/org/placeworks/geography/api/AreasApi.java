package org.placeworks.geography.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.web.Problem;

/** Areas: any member of staff may read them; only administrators change them. */
@Path("/api/v1/areas")
@Tag(name = "Areas", description = "The area tree (authority, locality, ward, neighbourhood) and estates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ESTATE_OFFICER,
        Roles.INTELLIGENCE_OFFICER, Roles.MANAGER, Roles.ADMIN})
public class AreasApi {

    static final String GEO_JSON = "application/geo+json";

    @Inject
    Places places;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "List areas", description = "Every area, or those of one kind")
    @APIResponse(responseCode = "200", description = "The areas", content = @Content(schema = @Schema(implementation = AreaView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "Unknown kind", content = @Content(schema = @Schema(implementation = Problem.class)))
    public List<AreaView> list(@Parameter(description = "AUTHORITY, LOCALITY, WARD, NEIGHBOURHOOD or ESTATE") @RestQuery String kind) {
        if (kind == null || kind.isBlank()) {
            return places.areas();
        }
        AreaKind k;
        try {
            k = AreaKind.valueOf(kind.strip().toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "Kind must be one of AUTHORITY, LOCALITY, WARD, NEIGHBOURHOOD or ESTATE");
        }
        return places.areas().stream().filter(a -> a.kind() == k).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an area")
    @APIResponse(responseCode = "200", description = "The area", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "404", description = "No such area", content = @Content(schema = @Schema(implementation = Problem.class)))
    public AreaView get(@RestPath UUID id) {
        return places.area(id);
    }

    @GET
    @Path("{id}/boundary")
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Get an area's boundary", description = "A GeoJSON Feature with the area's code and name, holding its Polygon or MultiPolygon")
    @APIResponse(responseCode = "200", description = "The boundary", content = @Content(mediaType = GEO_JSON))
    @APIResponse(responseCode = "404", description = "No such area, or it has no boundary", content = @Content(schema = @Schema(implementation = Problem.class)))
    public Response boundary(@RestPath UUID id) {
        AreaView area = places.area(id);
        String geometry = places.boundaryGeoJson(id).orElseThrow(() -> new NotFound("boundary for area", id));
        try {
            ObjectNode feature = json.createObjectNode().put("type", "Feature");
            feature.putObject("properties").put("id", area.id().toString()).put("code", area.code())
                    .put("vintage", area.vintage()).put("name", area.name()).put("kind", area.kind().name());
            feature.set("geometry", json.readTree(geometry));
            return Response.ok(json.writeValueAsString(feature), GEO_JSON).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an area")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule", content = @Content(schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid AreaRequest request) {
        AreaView area = places.createArea(body(request).command());
        return Response.created(URI.create("/api/v1/areas/" + area.id())).entity(area).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an area", description = "Send the version last read; a stale version is refused with 409")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "404", description = "No such area", content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed it first", content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule", content = @Content(schema = @Schema(implementation = Problem.class)))
    public AreaView update(@RestPath UUID id, @Valid AreaRequest request) {
        places.area(id);
        AreaRequest.requireVersion(body(request).version(), "area");
        return places.updateArea(id, request.command());
    }

    @PUT
    @Path("{id}/boundary")
    @Consumes({GEO_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set an area's boundary", description = "A Polygon or MultiPolygon, or a Feature holding one")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "404", description = "No such area", content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a Polygon or MultiPolygon", content = @Content(schema = @Schema(implementation = Problem.class)))
    public AreaView setBoundary(@RestPath UUID id, String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            throw new InvalidInput("boundary", "Send the boundary as GeoJSON");
        }
        return places.setBoundary(id, geoJson);
    }

    static <T> T body(T request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the record as JSON");
        }
        return request;
    }
}
