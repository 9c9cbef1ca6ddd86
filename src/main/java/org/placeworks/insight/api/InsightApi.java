package org.placeworks.insight.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightTables;

/** Insight's tables as JSON, with the same figures and suppression as the pages and the downloads. */
@Path("/api/v1/insight/tables")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Insight")
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class InsightApi {

    @Inject
    InsightTables tables;

    @Inject
    InsightFilters filters;

    @GET
    @Operation(summary = "The tables insight publishes, each with the address of its figures")
    public List<InsightTableJson.TableLink> list() {
        return tables.all().stream()
                .map(s -> new InsightTableJson.TableLink(s.id(), s.title(), "/api/v1/insight/tables/" + s.id())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One table's figures for the caller's neighbourhoods: counts under 5 and the figures that would "
            + "give them away are not shown; the method and the suppression rule are stated")
    @APIResponse(responseCode = "422", description = "A period, strand, service or worker that cannot be used, named in the problem")
    @APIResponse(responseCode = "404", description = "No table with that id")
    public InsightTableJson table(@RestPath String id, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        tables.source(id);
        InsightFilter filter = filters.parse(from, to, strand, service, worker);
        return InsightTableJson.of(tables.table(id, filter), filter);
    }
}
