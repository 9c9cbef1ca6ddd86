package org.placeworks.intelligence.api;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportFilter;
import org.placeworks.intelligence.ReportPage;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.ReportStatus;
import org.placeworks.intelligence.ReportView;
import org.placeworks.intelligence.Reports;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Form;

/**
 * Confidential reports, through the same service and gate as the pages: any member of staff writes one down;
 * intelligence officers list the reports their ground holds and read each. A report's own routes are open to
 * every staff role and the gate answers 404 to all but its officers. Who reported is never part of any answer.
 */
@Path("/api/v1/intelligence/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ESTATE_OFFICER,
    Roles.INTELLIGENCE_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE, Roles.DPO})
@Tag(name = "Community intelligence")
public class ReportsApi {

    @Inject
    Reports reports;

    @OneReading
    @GET
    @RolesAllowed(Roles.INTELLIGENCE_OFFICER)
    @Operation(summary = "The reports the caller's ground holds, newest first, one page (from 1) at a time",
            description = "Filters: status, category. Never the reporter.")
    @APIResponse(responseCode = "422", description = "A filter is not one of its values; the body names it")
    public ReportPage list(@RestQuery String status, @RestQuery String category, @RestQuery Integer page) {
        Form query = Form.empty().with("status", status).with("category", category);
        ReportFilter filter = new ReportFilter(query.choice(ReportStatus.class, "status"), query.choice(ReportCategory.class, "category"));
        query.check();
        return reports.list(filter, page == null ? 1 : page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report (the reading is audited); whether contact details were given, never who gave them")
    @APIResponse(responseCode = "404", description = "No report the caller may read has that id")
    public ReportView get(@RestPath UUID id) {
        return reports.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write down a report: the caller's own (channel STAFF) or one taken by phone for a resident (PHONE)",
            description = "The answer holds the receipt code once, for the resident; it cannot be shown again.")
    @APIResponse(responseCode = "201", description = "The report's reference and receipt code; Location names the report")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    public Response create(ReportRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the report as JSON");
        }
        NewReport report = request.report();
        if (request.channel() != ReportChannel.STAFF && request.channel() != ReportChannel.PHONE) {
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put("channel", "Select how the report reached you");
            reports.problemsWith(report).forEach(problems::putIfAbsent);
            throw new InvalidInput(problems);
        }
        ReportReceipt receipt = reports.submitByStaff(report, request.channel());
        return Response.created(URI.create("/api/v1/intelligence/reports/" + receipt.reportId())).entity(receipt).build();
    }

    @POST
    @Path("{id}/information")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add information to a report")
    @APIResponse(responseCode = "404", description = "No report the caller may read has that id")
    @APIResponse(responseCode = "422", description = "The information is missing or too long")
    public ReportView addInformation(@RestPath UUID id, ReportRequest.Information body) {
        reports.addInformation(id, body == null ? null : body.information());
        return reports.find(id);
    }
}
