package org.placeworks.panel.internal;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.placeworks.caf.CaseLoops;
import org.placeworks.caf.ClosureCommand;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.StepTaken;
import org.placeworks.caf.StepUpCommand;
import org.placeworks.panel.AgendaSubjectDecision;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.DecisionCommand;
import org.placeworks.panel.MeetingId;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/**
 * What a panel decision does beyond being recorded, in the decision's transaction (a refusal undoes the decision):
 * allocating a lead professional appoints them on the case through caf's own service and rules; a decision on a
 * grant is recorded by the grant feature as the grant's decision (one record, read back for the agenda); stepping
 * up with the MASH reference starts the case's own step up; closing with the reason and the needs' outcomes starts the
 * case's own closure, and without them is left to the case's worker (see below).
 */
@ApplicationScoped
public class DecisionsAct {

    @Inject
    CaseWork caseWork;

    @Inject
    CaseLoops loops;

    @Inject
    @All
    List<AgendaSubjectDecision> subjectDecisions;

    /** Acts on the decision just recorded on the item; returns what it did, in words for the audit trail, or null. */
    public String on(Meeting meeting, AgendaItem item, DecisionCommand command) {
        if (command.decision() != DecisionCode.AWARD_GRANT && (command.awardPence() != null || command.fundId() != null)) {
            throw new InvalidInput("awardPence", "An amount and a fund go only with the decision to award a grant");
        }
        if (command.decision() != DecisionCode.STEP_UP && command.mashReference() != null && !command.mashReference().isBlank()) {
            throw new InvalidInput("mashReference", "A MASH reference goes only with the decision to step up");
        }
        if (command.decision() != DecisionCode.CLOSE && (command.closureReason() != null || !command.outcomes().isEmpty())) {
            throw new InvalidInput(command.closureReason() != null ? "closureReason" : "outcomes",
                    "A closure reason and the needs' outcomes go only with the decision to close");
        }
        return switch (command.decision()) {
            case ALLOCATE_LEAD_PROFESSIONAL -> appointLeadProfessional(item);
            case AWARD_GRANT, DECLINE_GRANT -> decideGrant(meeting, item, command);
            case STEP_UP -> stepUp(meeting, item, command);
            case CLOSE -> close(meeting, item, command);
            default -> null;
        };
    }

    /** What the grant's own record says was decided, for the agenda and the minutes. */
    public Optional<String> outcomeOf(AgendaItem item) {
        return item.subject() == null ? Optional.empty() : decisionFor(item.subject().kind())
                .flatMap(d -> d.outcome(item.subject().id()));
    }

    private String appointLeadProfessional(AgendaItem item) {
        try {
            // The same service, and so the same rules (consent in force, an agency the family did not refuse, an
            // open case, the reader may change it), as the case page's own form.
            caseWork.appointLeadProfessional(item.caseId(), item.leadProfessionalStaffId(),
                    caseWork.revision(item.caseId()).version());
        } catch (NotFound | Forbidden e) {
            throw new Forbidden("Only someone who may change case " + item.caseReference() + " (its own service or its lead"
                    + " professional) can appoint its lead professional: record the decision as agreeing a support package"
                    + " and ask the case's service to appoint them.");
        }
        return "lead professional appointed on case " + item.caseReference();
    }

    private String decideGrant(Meeting meeting, AgendaItem item, DecisionCommand command) {
        AgendaSubjectDecision grant = decisionFor(item.subject().kind())
                .orElseThrow(() -> new InvalidInput("decision", "Grant decisions cannot be recorded just now"));
        boolean awarded = command.decision() == DecisionCode.AWARD_GRANT;
        grant.decided(item.subject().id(), new MeetingId(meeting.id()), awarded, command.awardPence(), command.fundId(),
                item.rationale());
        return awarded ? "grant awarded on the grant request" : "grant declined on the grant request";
    }

    /**
     * "Step up" with the MASH reference starts the case's own step up (caf's rules: an open case, a manager's sign-off
     * when the service asks for one), named as decided at this meeting. Without a reference the referral to the MASH
     * is still to be made: the decision is recorded, and its email and "My cases" tell the case's worker to record
     * the step up once they have the reference.
     */
    private String stepUp(Meeting meeting, AgendaItem item, DecisionCommand command) {
        String mash = command.mashReference() == null ? null : command.mashReference().strip();
        if (mash == null || mash.isEmpty()) {
            return "step up for the case's worker to record with the MASH reference, on case " + item.caseReference();
        }
        StepTaken taken;
        try {
            taken = loops.stepUpFromPanel(item.caseId(), new StepUpCommand(null, item.rationale(), mash, null),
                    "the panel of " + meeting.date());
        } catch (NotFound e) {
            throw new Forbidden("Case " + item.caseReference() + " is outside your boundary: record the step up without the"
                    + " MASH reference, and its own service will record it.");
        }
        return taken == StepTaken.AWAITING_SIGN_OFF ? "step up asked for on case " + item.caseReference()
                + ", awaiting a manager's sign-off" : "case " + item.caseReference() + " stepped up";
    }

    /**
     * "Close" with the reason starts the case's own closure (caf's rules: an open case, the outcome of every need, a
     * manager's sign-off when the service asks for one), named as decided at this meeting. Without a reason the panel
     * left each need's outcome to the lead professional, who knows them: the decision is recorded, and its email and
     * "My cases" tell the case's worker to close the case.
     */
    private String close(Meeting meeting, AgendaItem item, DecisionCommand command) {
        ClosureReason reason = command.closureReason();
        if (reason == null) {
            if (!command.outcomes().isEmpty()) {
                throw new InvalidInput("closureReason", "Select why the case is closing, or leave the needs' outcomes to the case's worker");
            }
            return "closure for the case's worker to record with the needs' outcomes, on case " + item.caseReference();
        }
        if (!reason.chosenAtClosure()) {
            throw new InvalidInput("closureReason", "Select why the case is closing from the list");
        }
        StepTaken taken;
        try {
            taken = loops.closeFromPanel(item.caseId(), new ClosureCommand(reason, null, command.outcomes(), item.rationale(),
                    null), "the panel of " + meeting.date());
        } catch (NotFound e) {
            throw new Forbidden("Case " + item.caseReference() + " is outside your boundary: record the closure without a"
                    + " reason, and its own service will close it.");
        }
        return taken == StepTaken.AWAITING_SIGN_OFF ? "closure (" + reason.label().toLowerCase() + ") asked for on case "
                + item.caseReference() + ", awaiting a manager's sign-off" : "case " + item.caseReference() + " closed ("
                + reason.label().toLowerCase() + ")";
    }

    private Optional<AgendaSubjectDecision> decisionFor(String kind) {
        return subjectDecisions.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }
}
