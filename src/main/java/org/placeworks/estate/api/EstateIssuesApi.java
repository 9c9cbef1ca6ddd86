package org.placeworks.estate.api;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateIssueView;
import org.placeworks.estate.EstateIssueWork;
import org.placeworks.estate.IssueDetail;
import org.placeworks.estate.IssueFilter;
import org.placeworks.estate.IssuePage;
import org.placeworks.estate.IssueStatus;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;

/** Estate issues for estate officers and managers, through the same service and gate as the pages. */
@Path("/api/v1/estate/issues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ESTATE_OFFICER, Roles.MANAGER})
@Tag(name = "Estate issues")
public class EstateIssuesApi {

    @Inject
    EstateIssueWork work;

    @GET
    @Operation(summary = "The worklist: open issues the caller sees (or those in one status), by target date, overdue first",
            description = "Filters: category, estateId, neighbourhoodId, status (or all=true). Continue with afterDate and afterId "
                    + "from the previous page's nextDate and nextId.")
    public IssuePage list(@RestQuery EstateCategory category, @RestQuery UUID estateId, @RestQuery UUID neighbourhoodId,
            @RestQuery IssueStatus status, @RestQuery boolean all, @RestQuery LocalDate afterDate, @RestQuery UUID afterId,
            @RestQuery Integer size) {
        return work.worklist(new IssueFilter(category, estateId, neighbourhoodId, status, all, afterDate, afterId,
                size == null ? 50 : size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One issue with its history and photos (the reading is audited)")
    @APIResponse(responseCode = "404", description = "No issue the caller may see has that id")
    public IssueDetail get(@RestPath UUID id) {
        return work.show(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an issue",
            description = "Routed to the category's responsible service where it covers the place, else to the first Estate Services "
                    + "service that does; a place outside every estate served by Estate Services is refused (422).")
    @APIResponse(responseCode = "201", description = "The issue; Location names it")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or the place is outside the estates; the body names it")
    public Response report(IssueRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the issue as JSON");
        }
        EstateIssueView issue = work.report(request.issue(), List.of());
        return Response.created(URI.create("/api/v1/estate/issues/" + issue.id())).entity(issue).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the issue's status: start, fix, close without fixing (with a reason) or reopen (with a reason)")
    @APIResponse(responseCode = "403", description = "The caller may read the issue but not change it")
    @APIResponse(responseCode = "404", description = "No issue the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The issue changed since the version sent, or its status does not allow the step")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    public EstateIssueView transition(@RestPath UUID id, IssueRequest.Transition request) {
        work.checkMayChange(id); // who may change is settled before the body is read
        if (request == null) {
            throw new InvalidInput("body", "Send the change as JSON");
        }
        return work.change(id, request.change());
    }
}
