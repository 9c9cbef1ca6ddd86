package org.placeworks.grant.api;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.grant.BudgetChangeCommand;
import org.placeworks.grant.CancelCommand;
import org.placeworks.grant.YearEndCommand;
import org.placeworks.grant.DecisionCommand;
import org.placeworks.grant.PaymentCommand;
import org.placeworks.grant.FundView;
import org.placeworks.grant.Funds;
import org.placeworks.grant.GrantRequestCommand;
import org.placeworks.grant.GrantRequestView;
import org.placeworks.grant.GrantRequests;
import org.placeworks.identity.Roles;
import org.placeworks.shared.DomainException;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Form;

/** Small grants: funds, requests from cases and their decisions. Amounts are in pence. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Small grants")
public class GrantsApi {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GrantsApi.class);

    @Inject
    Funds funds;

    @Inject
    GrantRequests requests;

    @OneReading
    @GET
    @Path("funds")
    @RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "Funds, with budget, committed, paid and remaining")
    public List<FundView> funds() {
        return funds.all();
    }

    @OneReading
    @GET
    @Path("funds/{id}")
    @RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "One fund, with its awards by category and by neighbourhood")
    @APIResponse(responseCode = "404", description = "No fund has that id")
    public FundView fund(@RestPath UUID id) {
        return funds.fund(id);
    }

    @OneReading
    @GET
    @Path("funds/{id}/ledger")
    @RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "The fund's ledger: every movement of its money (budget, committed, paid, in signed pence), oldest first",
            description = "Each entry carries its number in the fund's ledger and the fund's balances after it. At most limit "
                    + "entries (default and most 500) after the entry numbered after (from the first when absent); when more "
                    + "follow, the Link header names the next run (rel=\"next\"). A reader keeping a copy asks again with the "
                    + "last number it holds.")
    @APIResponse(responseCode = "200", description = "A run of the ledger; Link names the next when there is more")
    @APIResponse(responseCode = "404", description = "No fund the caller may see has that id")
    @APIResponse(responseCode = "422", description = "limit or after is not a number this list accepts; the body names it")
    public Response ledger(@RestPath UUID id,
            @RestQuery @Parameter(description = "Entries numbered after this one (0 or more)") String after,
            @RestQuery @Parameter(description = "How many entries at most (1 to 500)") String limit) {
        Form query = Form.empty().with("after", after).with("limit", limit);
        Integer from = query.whole("after", "after");
        Integer most = query.whole("limit", "limit");
        query.check();
        Funds.LedgerRun run = funds.ledger(id, from, most);
        Response.ResponseBuilder response = Response.ok(run.lines());
        if (run.more() != null) {
            response.header("Link", "</api/v1/funds/" + id + "/ledger?after=" + run.more()
                    + (most == null ? "" : "&limit=" + most) + ">; rel=\"next\"");
        }
        return response.build();
    }

    @POST
    @Path("funds/{id}/budget-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Top up (kind TOP_UP) or reduce (kind REDUCTION) the fund's budget, with the reason: a manager of the fund's service")
    @APIResponse(responseCode = "403", description = "Not a manager of the fund's service")
    @APIResponse(responseCode = "422", description = "A field is missing, or a reduction would take the budget below what is committed and paid")
    @APIResponse(responseCode = "409", description = "A stale version, or the fund is closed")
    public FundView changeBudget(@RestPath UUID id, BudgetChangeCommand command) {
        funds.requireMayManage(id);
        if (command == null) {
            throw new InvalidInput("body", "Send the budget change as JSON");
        }
        funds.changeBudget(id, command);
        return funds.fund(id);
    }

    @POST
    @Path("funds/{id}/year-end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Close the fund at year end (from the last month of its year): it takes no new requests nor approvals")
    @APIResponse(responseCode = "403", description = "Not a manager of the fund's service")
    @APIResponse(responseCode = "409", description = "A stale version, already closed, or before the last month of its year")
    public FundView closeYear(@RestPath UUID id, YearEndCommand command) {
        funds.requireMayManage(id);
        if (command == null) {
            throw new InvalidInput("body", "Send the year-end close as JSON");
        }
        funds.closeYear(id, command);
        return funds.fund(id);
    }

    @OneReading
    @GET
    @Path("funds/{id}/unpaid")
    @RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "Awards approved from the fund and not yet paid (for year end): no case, no family")
    @APIResponse(responseCode = "404", description = "No fund the caller may see has that id")
    public List<org.placeworks.grant.AwaitingPayment> unpaid(@RestPath UUID id) {
        return funds.unpaid(id);
    }

    @POST
    @Path("grant-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.MANAGER})
    @Operation(summary = "Ask for a grant from a case with an active plan, for one of its needs")
    @APIResponse(responseCode = "201", description = "The request was made; Location names it. With bringToPanel, onAgenda says whether it could be listed")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or the amount is over the fund's limit")
    @APIResponse(responseCode = "409", description = "The case has no active plan")
    public Response request(GrantRequestCommand command) {
        if (command == null) {
            throw new InvalidInput("body", "Send the grant request as JSON");
        }
        UUID id = requests.request(command);
        if (command.bringToPanel()) {
            try {
                requests.bringToPanel(id);
            } catch (DomainException notListed) {
                // The request stands (a retry would duplicate it); onAgenda=false tells the caller to list it later.
                LOG.infof("Grant request %s saved but not listed for the panel: %s", id, notListed.getMessage());
            }
        }
        return Response.created(URI.create("/api/v1/grant-requests/" + id)).entity(requests.view(id)).build();
    }

    @GET
    @Path("grant-requests/{id}")
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "A grant request, with the need it meets and that need's outcome (for finance: without its case)")
    @APIResponse(responseCode = "404", description = "No request on a case the caller may see has that id")
    public GrantRequestView get(@RestPath UUID id) {
        return requests.view(id);
    }

    @POST
    @Path("grant-requests/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Operation(summary = "Record the decision: by the panel at a meeting in session, or by the chair within the delegated limit")
    @APIResponse(responseCode = "422", description = "Over a limit or the remaining budget, or a field is missing")
    @APIResponse(responseCode = "409", description = "Already decided, a stale version, or the meeting is not in session or not quorate")
    public GrantRequestView decide(@RestPath UUID id, DecisionCommand command) {
        if (command == null) {
            throw new InvalidInput("body", "Send the decision as JSON");
        }
        requests.decide(id, command);
        return requests.view(id);
    }

    @POST
    @Path("grant-requests/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Record the payment of an approved grant: by a finance officer of the fund's service who did not ask for it."
            + " The receipt is sent as base64 with its file name")
    @APIResponse(responseCode = "403", description = "Not a finance officer of the fund's service, or the caller asked for the grant")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, more than the amount approved, or the receipt is not a PDF, JPEG or PNG")
    @APIResponse(responseCode = "409", description = "Not approved (undecided, declined, cancelled or already paid), or a stale version")
    public GrantRequestView pay(@RestPath UUID id, PaymentCommand command) {
        if (command == null) {
            throw new InvalidInput("body", "Send the payment as JSON");
        }
        requests.pay(id, command);
        return requests.view(id);
    }

    @POST
    @Path("grant-requests/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER})
    @Operation(summary = "Cancel an approved award before it is paid, with the reason: its commitment goes back to the fund")
    @APIResponse(responseCode = "403", description = "Neither the chair of the fund's panel nor a manager who sees the fund")
    @APIResponse(responseCode = "422", description = "No reason given")
    @APIResponse(responseCode = "409", description = "Already paid, not approved, or a stale version")
    public GrantRequestView cancel(@RestPath UUID id, CancelCommand command) {
        if (command == null) {
            throw new InvalidInput("body", "Send the cancellation as JSON");
        }
        requests.cancel(id, command);
        return requests.view(id);
    }
}
