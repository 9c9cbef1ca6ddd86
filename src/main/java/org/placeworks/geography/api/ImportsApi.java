package org.placeworks.geography.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.placeworks.geography.ImportRejected;
import org.placeworks.geography.ImportReport;
import org.placeworks.geography.PlaceImports;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.Problem;

/**
 * Bulk imports, all or nothing: a file with any bad row saves nothing and answers 422 with every
 * problem by line (CSV) or feature (GeoJSON). The formats are those of the import pages.
 */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk imports of areas, addresses and boundaries; all or nothing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ImportsApi {

    static final String CSV = "text/csv";

    @Inject
    PlaceImports imports;

    /** The answer to a file with bad rows: a problem body that also carries the report. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "ImportRefusal")
    public record Refusal(int status, String title, String detail, Map<String, String> errors, ImportReport report) {
    }

    @POST
    @Path("areas")
    @Consumes(CSV)
    @Operation(summary = "Import areas from CSV",
            description = "Header: kind,code,vintage,name,parent_code and optionally deprivation_decile,residents,children,neighbourhood_codes")
    @RequestBody(content = @Content(mediaType = CSV, example = "kind,code,vintage,name,parent_code\nward,E05000903,2021,Eastgate,E43000901"))
    @APIResponse(responseCode = "200", description = "Every row imported", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Nothing imported: the file or some rows are bad", content = @Content(schema = @Schema(implementation = Refusal.class)))
    public ImportReport areas(String csv) {
        return imports.importAreas(csv);
    }

    @POST
    @Path("addresses")
    @Consumes(CSV)
    @Operation(summary = "Import addresses from CSV",
            description = "Header: uprn,line1,town,postcode,neighbourhood_code and optionally line2,estate_code")
    @RequestBody(content = @Content(mediaType = CSV, example = "uprn,line1,line2,town,postcode,neighbourhood_code,estate_code\n100090000901,1 Mill Lane,,Thornbury,TB1 4DD,E01000904,X99000101"))
    @APIResponse(responseCode = "200", description = "Every row imported", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Nothing imported: the file or some rows are bad", content = @Content(schema = @Schema(implementation = Refusal.class)))
    public ImportReport addresses(String csv) {
        return imports.importAddresses(csv);
    }

    @POST
    @Path("boundaries")
    @Consumes({AreasApi.GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Import boundaries from GeoJSON",
            description = "A FeatureCollection; each feature names its area in properties.code (optionally properties.vintage) and holds a Polygon or MultiPolygon")
    @APIResponse(responseCode = "200", description = "Every boundary set", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Nothing imported: the file or some features are bad", content = @Content(schema = @Schema(implementation = Refusal.class)))
    public ImportReport boundaries(String geoJson) {
        return imports.importBoundaries(geoJson);
    }

    @ServerExceptionMapper
    public Response rejected(ImportRejected e) {
        String detail = "Nothing was imported: " + e.badRows() + " of " + e.report().rows() + " rows have problems.";
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal(422, "There is a problem with the file", detail, e.errors(), e.report())).build();
    }
}
