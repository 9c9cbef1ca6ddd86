package org.placeworks.insight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightFilterView;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.InsightTables;
import org.placeworks.insight.internal.TableCsv;
import org.placeworks.insight.internal.TableXlsx;

/**
 * Any insight table as a page of its own, and its downloads: CSV (streamed) and Excel. The figures are the
 * table's own, already suppressed, so a download can never show more than the page.
 */
@Path("/insight/tables")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class InsightTablePages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    InsightTables tables;

    @Inject
    InsightFilters filters;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(InsightTable table, InsightFilterView filter);
    }

    @GET
    @Path("{id: [a-z0-9-]+}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@RestPath String id, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        tables.source(id);
        InsightFilterView view = filters.forPage(from, to, strand, service, worker);
        return InsightResponses.page(view, Templates.show(tables.table(id, view.filter()), view));
    }

    @GET
    @Path("{id: [a-z0-9-]+}.csv")
    @Produces("text/csv")
    public Response csv(@RestPath String id, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        tables.source(id);
        InsightFilter filter = filters.parse(from, to, strand, service, worker);
        InsightTable table = tables.table(id, filter);
        StreamingOutput body = out -> TableCsv.write(table, filter.periodLabel(), out);
        return download(body, "text/csv; charset=UTF-8", id, filter, "csv");
    }

    @GET
    @Path("{id: [a-z0-9-]+}.xlsx")
    @Produces(XLSX)
    public Response xlsx(@RestPath String id, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        tables.source(id);
        InsightFilter filter = filters.parse(from, to, strand, service, worker);
        InsightTable table = tables.table(id, filter);
        StreamingOutput body = out -> TableXlsx.write(table, filter.periodLabel(), out);
        return download(body, XLSX, id, filter, "xlsx");
    }

    private static Response download(StreamingOutput body, String type, String id, InsightFilter filter, String extension) {
        return Response.ok(body, type).header("Content-Disposition",
                "attachment; filename=\"" + id + "-" + filter.from() + "-to-" + filter.to() + "." + extension + "\"").build();
    }
}
