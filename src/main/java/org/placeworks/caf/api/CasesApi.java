package org.placeworks.caf.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseList;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseSummary;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.Referrals;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;

/** Early help cases and requests for support, for other council systems and partner agencies. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Early help cases")
public class CasesApi {

    @Inject
    Referrals referrals;

    @Inject
    CafCases cases;

    @Inject
    org.placeworks.caf.CaseWork work;

    @Inject
    org.placeworks.identity.CurrentStaff current;

    @POST
    @Path("referrals")
    @Operation(summary = "Make a request for early help support",
            description = "Answer the safeguarding screen first: if a child may be at risk of significant harm this is "
                    + "not early help, and the request is refused with directions to children's social care.")
    @APIResponse(responseCode = "201", description = "The case was opened; Location names it")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or the family's address is outside every Early Intervention boundary")
    @APIResponse(responseCode = "404", description = "No family you may see has that id")
    public Response refer(@Valid ReferralRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Send the request for support as JSON");
        }
        if (request.childAtRiskOfSignificantHarm() == null) {
            throw new InvalidInput("childAtRiskOfSignificantHarm",
                    "Answer the safeguarding screen: is any child at risk of significant harm?");
        }
        if (request.childAtRiskOfSignificantHarm()) {
            referrals.safeguardingConcernRaised();
            throw new InvalidInput("childAtRiskOfSignificantHarm", "This is not early help. Contact children's social care "
                    + "(the Multi-Agency Safeguarding Hub) now. Only the fact that the screen was answered yes has been recorded.");
        }
        UUID id = referrals.refer(request.command());
        return Response.created(URI.create("/api/v1/cases/" + id)).entity(cases.find(id)).build();
    }

    @GET
    @Path("cases")
    @OneReading
    @Operation(summary = "Cases the caller may see, a page at a time",
            description = "mine=true lists the caller's own cases. Open cases first, overdue first, then by the date the next "
                    + "thing is due, then by reference. At most limit cases (default 50, at most 200); when there are more, "
                    + "the Link header names the next page (rel=\"next\", with an after key) and the one before (rel=\"prev\").")
    @APIResponse(responseCode = "200", description = "A page of cases; Link names the pages either side")
    @APIResponse(responseCode = "422", description = "limit, after or before is not one this list accepts; the body names it")
    public Response list(@RestQuery @Parameter(description = "Only the caller's own cases (always, "
            + "except for managers and panel chairs)") boolean mine,
            @RestQuery @Parameter(description = "Only cases in this state") CaseStatus status,
            @RestQuery @Parameter(description = "Only the case with this reference, or cases of families whose name contains this") String q,
            @RestQuery @Parameter(description = "How many cases at most (1 to 200)") Integer limit,
            @RestQuery @Parameter(description = "The key of the page before, from the Link header") String after,
            @RestQuery @Parameter(description = "The key of the page after, from the Link header") String before) {
        boolean seesAll = current.has(Roles.MANAGER) || current.has(Roles.PANEL_CHAIR);
        boolean mineOnly = mine || !seesAll;
        String search = q == null || q.isBlank() ? null : q.strip();
        int size = limit == null ? DEFAULT_LIMIT : limit;
        CaseList page = cases.page(new CaseFilter(mineOnly, status, false, search), after, before, size);
        Response.ResponseBuilder response = Response.ok(page.cases());
        StringBuilder query = new StringBuilder("/api/v1/cases?limit=" + size);
        if (mine) {
            query.append("&mine=true");
        }
        if (status != null) {
            query.append("&status=").append(status.name());
        }
        if (search != null) {
            query.append("&q=").append(java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> links = new java.util.ArrayList<>();
        if (page.next() != null) {
            links.add("<" + query + "&after=" + page.next() + ">; rel=\"next\"");
        }
        if (page.previous() != null) {
            links.add("<" + query + "&before=" + page.previous() + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    static final int DEFAULT_LIMIT = 50;

    @POST
    @Path("cases/{id}/consent")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record, amend or renew the family's consent",
            description = "change GIVEN records the first consent and opens the assessment; AMENDED or RENEWED add a "
                    + "version (every version is kept). Refusing an agency ends its staff's shares at once.")
    @APIResponse(responseCode = "200", description = "The case, with the consent in force")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    @APIResponse(responseCode = "403", description = "The caller may see the case but not change it")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or is not at that step")
    public CaseView consent(@RestPath UUID id, @Valid ConsentRequest request) {
        work.revision(id); // who may change the case is settled before the body is read
        if (request == null) {
            throw new InvalidInput("body", "Send the consent as JSON");
        }
        if (request.change() == null) {
            throw new InvalidInput("change", "Say whether consent is GIVEN, AMENDED or RENEWED");
        }
        try {
            if (request.change() == org.placeworks.caf.ConsentChange.GIVEN) {
                work.recordConsent(id, request.command());
            } else {
                work.amendConsent(id, request.change(), request.command());
            }
        } catch (InvalidInput e) {
            // The service names the form's fields for who agreed; the API's body calls them consenters.
            java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
            e.errors().forEach((field, message) -> named.merge(CONSENTER_FIELDS.contains(field) ? "consenters" : field, message,
                    (a, b) -> a + " " + b));
            throw new InvalidInput(named);
        }
        return cases.find(id);
    }

    private static final java.util.Set<String> CONSENTER_FIELDS = java.util.Set.of("givenBy", "youngPersonId",
            "competenceJudgedBy", "competenceReason");

    @GET
    @Path("cases/{id}")
    @Operation(summary = "One case, if the caller may see it (each read is audited)")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    public CaseView get(@RestPath UUID id) {
        return cases.read(id);
    }
}
