package org.placeworks.caf.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseLoops;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.ClosureCommand;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.ReferralDecision;
import org.placeworks.caf.ReferralDecisionCommand;
import org.placeworks.caf.SignOffCommand;
import org.placeworks.caf.SignOffState;
import org.placeworks.caf.SocialCareDecisionCommand;
import org.placeworks.caf.StepUpCommand;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/**
 * (Under {@code /api/v1} like {@link CasesApi}: a resource class at {@code /api/v1/cases/{id}} would hide
 * that class's {@code GET cases/{id}}.)
 *
 * The loops of a case: the decision on the referral, closure, step up, children's social care's
 * answer and a manager's sign-off. Each answers the case as it now is ({@code loop} shows what awaits
 * sign-off). The same gate as the pages decides who may: the case's own service and lead professional
 * change it; a manager of the owning service signs off, never their own request. A missing body is
 * read as an empty one, so who may act is settled before anything sent is checked.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Early help cases")
public class CaseLoopsApi {

    @Inject
    CaseLoops loops;

    @Inject
    CafCases cases;

    public record ReferralDecisionRequest(ReferralDecision decision, UUID workerId, @TextLimit(Text.LONG) String reason,
            @TextLimit(Text.LONG) String signpostedTo, LocalDate decidedOn, Long version) {
    }

    public record ClosureRequest(ClosureReason reason, LocalDate closedOn, Map<UUID, NeedOutcome> outcomes,
            @TextLimit(Text.LONG) String note, Long version) {
    }

    public record StepUpRequest(LocalDate steppedUpOn, @TextLimit(Text.LONG) String reason,
            @TextLimit(Text.SHORT) String mashReference, Long version) {
    }

    public record SocialCareDecisionRequest(Boolean accepted, @TextLimit(Text.LONG) String reason, LocalDate decidedOn,
            Long version) {
    }

    public record SignOffRequest(SignOffState decision, @TextLimit(Text.LONG) String note, Long version) {
    }

    @POST
    @Path("cases/{id}/referral-decision")
    @Operation(summary = "Accept, decline or signpost a new referral",
            description = "ACCEPTED allocates the case to workerId, a worker of the owning service; DECLINED needs a reason; "
                    + "SIGNPOSTED needs signpostedTo (where the family were sent). The referrer is emailed after the change "
                    + "commits; without an email address the caller gets a call to make, shown on My cases.")
    @APIResponse(responseCode = "200", description = "The case as it now is")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    @APIResponse(responseCode = "403", description = "The caller may see the case but not change it")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or the referral was already decided")
    public CaseView referralDecision(@RestPath UUID id, @Valid ReferralDecisionRequest request) {
        ReferralDecisionRequest r = request == null ? new ReferralDecisionRequest(null, null, null, null, null, null) : request;
        loops.decideReferral(id, new ReferralDecisionCommand(r.decision(), r.workerId(), r.reason(), r.signpostedTo(),
                r.decidedOn(), r.version()));
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/closure")
    @Operation(summary = "Close the case, or ask for a manager's sign-off of the closure",
            description = "outcomes maps each need's id to MET, PARTLY_MET or NOT_MET; a case that never reached consent "
                    + "closes without outcomes (sending any is refused). When the owning service wants closures signed off "
                    + "the case stays open with loop.awaitingSignOff set.")
    @APIResponse(responseCode = "200", description = "The case, closed or awaiting sign-off")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    @APIResponse(responseCode = "403", description = "The caller may see the case but not change it")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, is closed, or already awaits sign-off")
    public CaseView closure(@RestPath UUID id, @Valid ClosureRequest request) {
        ClosureRequest r = request == null ? new ClosureRequest(null, null, null, null, null) : request;
        loops.close(id, new ClosureCommand(r.reason(), r.closedOn(), r.outcomes(), r.note(), r.version()));
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/step-up")
    @Operation(summary = "Step the case up to children's social care, or ask for sign-off of the step up",
            description = "The case stays open as AWAITING_SOCIAL_CARE with the MASH reference until their decision is "
                    + "recorded (step-up/decision).")
    @APIResponse(responseCode = "200", description = "The case, awaiting children's social care or sign-off")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    @APIResponse(responseCode = "403", description = "The caller may see the case but not change it")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, is closed, or already stepped up")
    public CaseView stepUp(@RestPath UUID id, @Valid StepUpRequest request) {
        StepUpRequest r = request == null ? new StepUpRequest(null, null, null, null) : request;
        loops.stepUp(id, new StepUpCommand(r.steppedUpOn(), r.reason(), r.mashReference(), r.version()));
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/step-up/decision")
    @Operation(summary = "Record children's social care's decision on a step up",
            description = "accepted true closes the case as stepped up; false returns it to early help where it was, "
                    + "with the reason (required).")
    @APIResponse(responseCode = "200", description = "The case as it now is")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    @APIResponse(responseCode = "403", description = "The caller may see the case but not change it")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or is not awaiting their decision")
    public CaseView stepUpDecision(@RestPath UUID id, @Valid SocialCareDecisionRequest request) {
        SocialCareDecisionRequest r = request == null ? new SocialCareDecisionRequest(null, null, null, null) : request;
        loops.socialCareDecided(id, new SocialCareDecisionCommand(r.accepted(), r.reason(), r.decidedOn(), r.version()));
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/sign-off")
    @Operation(summary = "Sign off, or send back, the closure, step up or step down awaiting a manager",
            description = "decision SIGNED_OFF takes the step now; SENT_BACK leaves the case as it was. note (the oversight "
                    + "note, or why it is sent back) is required. Only a manager of the owning service who did not ask for it.")
    @APIResponse(responseCode = "200", description = "The case as it now is")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    @APIResponse(responseCode = "403", description = "The caller is not a manager of the owning service, or asked for it themselves")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or nothing awaits sign-off")
    public CaseView signOff(@RestPath UUID id, @Valid SignOffRequest request) {
        SignOffRequest r = request == null ? new SignOffRequest(null, null, null) : request;
        loops.decideSignOff(id, new SignOffCommand(r.decision(), r.note(), r.version()));
        return cases.find(id);
    }
}
