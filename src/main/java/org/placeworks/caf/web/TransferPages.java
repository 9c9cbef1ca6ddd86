package org.placeworks.caf.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CaseTransfers;
import org.placeworks.caf.CaseTransfers.TransferState;
import org.placeworks.caf.TransferCommand;
import org.placeworks.caf.TransferDecision;
import org.placeworks.caf.TransferView;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Moving a case to another service: the case's own service offers it with a reason; the receiving
 * service sees the cases offered to it and accepts or declines each (declining with a reason). Both
 * forms carry a version, so an answer to something that changed meanwhile is refused (409) and shown again.
 */
@Path("/cases")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TransferPages {

    /** Cases offered to the reader's services, in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(15, "/cases/transfers", "Transfers", "Cases offered to your service",
            "Accept or decline early help cases that another service offers yours, for example after a family moves.",
            Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER));

    private static final List<Option> ANSWERS = List.of(new Option("yes", "Yes, accept the case"),
            new Option("no", "No, decline it"));

    @Inject
    CaseTransfers transfers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance incoming(List<TransferView> transfers);

        static native TemplateInstance offer(UUID caseId, TransferState state, Form form, List<Option> services, FormErrors errors);

        static native TemplateInstance decision(UUID caseId, TransferState state, Form form, List<Option> answers, FormErrors errors);
    }

    @GET
    @Path("transfers")
    public TemplateInstance incoming() {
        return Templates.incoming(transfers.incoming());
    }

    @OneReading
    @GET
    @Path("{id}/transfer")
    public TemplateInstance offerForm(@RestPath UUID id) {
        TransferState state = offerable(id);
        if (!state.open()) {
            throw new Conflict("This case is closed: a closed case stays with the service that closed it.");
        }
        if (state.pending() != null) {
            throw new Conflict("This case is already offered to " + state.pending().toService() + ". Wait for their answer.");
        }
        return offerPage(id, state, Form.empty().with("version", state.caseVersion()), FormErrors.none());
    }

    @POST
    @Path("{id}/transfer")
    public Response offer(@RestPath UUID id, MultivaluedMap<String, String> body) {
        TransferState state = offerable(id); // who may offer the case is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id + "#transfers", "toServiceId", () -> {
            TransferCommand command = new TransferCommand(form.uuid("toServiceId", "Select a service from the list"),
                    form.longText("reason", "Why the case should move"), form.version());
            form.check();
            transfers.offer(id, command);
        }, errors -> offerPage(id, state, form, errors));
    }

    /** With nothing awaiting an answer there is nothing to decide: the case page says where it stands. */
    @GET
    @Path("{id}/transfer/decision")
    public Response decisionForm(@RestPath UUID id) {
        TransferState state = transfers.stateOf(id);
        if (state.pending() == null) {
            return FormPost.seeOther("/cases/" + id);
        }
        decider(state);
        return Response.ok(Templates.decision(id, state, Form.empty().with("version", state.pending().version()),
                ANSWERS, FormErrors.none())).build();
    }

    @POST
    @Path("{id}/transfer/decision")
    public Response decide(@RestPath UUID id, MultivaluedMap<String, String> body) {
        TransferState state = transfers.stateOf(id);
        if (state.pending() == null) {
            throw new Conflict("This case is not offered to another service now: it may have been answered already.");
        }
        decider(state);
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id, "accept", () -> {
            String answer = form.value("accept");
            Boolean accept = answer.equals("yes") ? Boolean.TRUE : answer.equals("no") ? Boolean.FALSE : null;
            TransferDecision decision = new TransferDecision(accept, form.longText("reason", "Reason"), form.version());
            form.check();
            transfers.decide(id, decision);
        }, errors -> Templates.decision(id, state, form, ANSWERS, errors));
    }

    private TransferState offerable(UUID id) {
        TransferState state = transfers.stateOf(id);
        if (!state.mayChange()) {
            throw new Forbidden("Only " + state.owningService() + " and the case's lead professional can offer this case to another service.");
        }
        return state;
    }

    private void decider(TransferState state) {
        if (!state.mayDecide()) {
            throw new Forbidden("Only " + state.pending().toService() + " can accept or decline this case.");
        }
    }

    private TemplateInstance offerPage(UUID id, TransferState state, Form form, FormErrors errors) {
        return Templates.offer(id, state, form, CafWeb.services(transfers.possibleReceivers(id)), errors);
    }
}
