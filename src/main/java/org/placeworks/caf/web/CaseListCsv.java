package org.placeworks.caf.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseStatus;
import org.placeworks.identity.Roles;

/**
 * "All cases in my area" as a CSV file, for managers and panel chairs, with the page's filters: every case they may
 * see, streamed row by row (memory does not grow with the number of cases), every export audited.
 */
@Path("/cases.csv")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER})
public class CaseListCsv {

    @Inject
    CafCases cases;

    @GET
    @Produces("text/csv")
    public Response download(@RestQuery String status, @RestQuery String q) {
        CaseStatus state = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        CafCases.CaseExport export = cases.export(CaseFilter.forList(false, state, q));
        StreamingOutput body = export::writeTo;
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cases.csv\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
