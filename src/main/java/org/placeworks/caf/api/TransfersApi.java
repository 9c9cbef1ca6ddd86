package org.placeworks.caf.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CaseTransfers;
import org.placeworks.caf.TransferCommand;
import org.placeworks.caf.TransferDecision;
import org.placeworks.caf.TransferView;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/** Moving a case between services: offered with a reason, accepted or declined by the receiving service. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Early help cases")
public class TransfersApi {

    @Inject
    CaseTransfers transfers;

    /** The service to offer the case to, why, and the case's version as you read it. */
    public record TransferRequest(UUID toServiceId, @TextLimit(Text.LONG) String reason, Long version) {
    }

    /** Accept (true) or decline (false, with a reason); the transfer's version as you read it. */
    public record DecisionRequest(Boolean accept, @TextLimit(Text.LONG) String reason, Long version) {
    }

    @POST
    @Path("cases/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer the case to another service that delivers early help where the family lives",
            description = "Both services see the case until the receiving service accepts or declines.")
    @APIResponse(responseCode = "201", description = "Offered: the transfer, awaiting an answer")
    @APIResponse(responseCode = "403", description = "You may see the case but not change it")
    @APIResponse(responseCode = "404", description = "No case you may know of has that id")
    @APIResponse(responseCode = "409", description = "The case changed since you read it, is closed, or is already offered")
    @APIResponse(responseCode = "422", description = "Bad input, named field by field; or toServiceId's boundary does not hold the family")
    public Response offer(@RestPath UUID id, @Valid TransferRequest request) {
        TransferRequest body = request == null ? new TransferRequest(null, null, null) : request;
        TransferView offered = transfers.offer(id, new TransferCommand(body.toServiceId(), body.reason(), body.version()));
        return Response.status(Response.Status.CREATED).entity(offered).build();
    }

    @POST
    @Path("cases/{id}/transfer/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or decline (with a reason) the case offered to your service")
    @APIResponse(responseCode = "200", description = "Answered: the transfer; accepted, the case is your service's")
    @APIResponse(responseCode = "403", description = "The case is not offered to a service of yours")
    @APIResponse(responseCode = "404", description = "No case you may know of has that id")
    @APIResponse(responseCode = "409", description = "Nothing awaits an answer, or the transfer changed since you read it")
    @APIResponse(responseCode = "422", description = "No answer, a decline without a reason, or the family no longer lives in your boundary")
    public TransferView decide(@RestPath UUID id, @Valid DecisionRequest request) {
        DecisionRequest body = request == null ? new DecisionRequest(null, null, null) : request;
        return transfers.decide(id, new TransferDecision(body.accept(), body.reason(), body.version()));
    }

    @OneReading
    @GET
    @Path("cases/{id}/transfers")
    @Operation(summary = "The case's transfers between services, newest first")
    public List<TransferView> ofCase(@RestPath UUID id) {
        return transfers.ofCase(id);
    }

    @GET
    @Path("transfers/incoming")
    @Operation(summary = "Cases offered to your services and awaiting your answer, oldest first")
    public List<TransferView> incoming() {
        return transfers.incoming();
    }
}
