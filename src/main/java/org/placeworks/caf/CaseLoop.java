package org.placeworks.caf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The loops of a case the page and the API show: the decision on the referral, the case it is a
 * re-referral of, the sign-off awaited or last given, the step up to children's social care, and
 * calls to the referrer still to make. {@code canSignOff}: the reader may sign off what awaits (a
 * manager of the owning service who did not ask for it).
 */
public record CaseLoop(ReferralDecision referralDecision, LocalDate referralDecidedOn, String referralDecisionNote,
        CaseView.StaffRef allocatedWorker, PreviousCase reReferralOf, SignOffView awaitingSignOff, SignOffView lastSignOff,
        String mashReference, LocalDate steppedUpOn, String stepUpNotAccepted, List<CallView> referrerCalls,
        boolean outcomesAsked, boolean canSignOff, boolean managesCase) {

    /** The case closed within the last year that this request for support follows. */
    public record PreviousCase(UUID id, String reference, LocalDate closedOn, ClosureReason closureReason) {
    }

    public record SignOffView(UUID id, SignOffKind kind, SignOffState state, Instant requestedAt, String requestedBy,
            ClosureReason closureReason, LocalDate on, String note, String mashReference, Instant decidedAt, String decidedBy,
            String oversightNote) {
    }

    public record CallView(UUID id, String about, LocalDate createdOn, String assignedTo) {
    }

    public boolean awaitingDecision() {
        return referralDecision == null;
    }
}
