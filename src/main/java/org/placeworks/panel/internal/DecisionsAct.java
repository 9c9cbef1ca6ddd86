package org.placeworks.panel.internal;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.placeworks.caf.CaseWork;
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
 * up and closing start the case's own sign-off, at the two call sites below.
 */
@ApplicationScoped
public class DecisionsAct {

    @Inject
    CaseWork caseWork;

    @Inject
    @All
    List<AgendaSubjectDecision> subjectDecisions;

    /** Acts on the decision just recorded on the item; returns what it did, in words for the audit trail, or null. */
    public String on(Meeting meeting, AgendaItem item, DecisionCommand command) {
        if (command.decision() != DecisionCode.AWARD_GRANT && (command.awardPence() != null || command.fundId() != null)) {
            throw new InvalidInput("awardPence", "An amount and a fund go only with the decision to award a grant");
        }
        return switch (command.decision()) {
            case ALLOCATE_LEAD_PROFESSIONAL -> appointLeadProfessional(item);
            case AWARD_GRANT, DECLINE_GRANT -> decideGrant(meeting, item, command);
            case STEP_UP -> startStepUpSignOff(item);
            case CLOSE -> startClosureSignOff(item);
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
     * The single call site for "step up to children's social care": the panel's decision is recorded; the case's
     * step-up sign-off (built in caf) is to be started here with the case id and the panel's reasons.
     */
    String startStepUpSignOff(AgendaItem item) {
        return "step up to be signed off on case " + item.caseReference();
    }

    /**
     * The single call site for "close": the panel's decision is recorded; the case's closure sign-off (built in caf)
     * is to be started here with the case id and the panel's reasons.
     */
    String startClosureSignOff(AgendaItem item) {
        return "closure to be signed off on case " + item.caseReference();
    }

    private Optional<AgendaSubjectDecision> decisionFor(String kind) {
        return subjectDecisions.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }
}
