package org.placeworks.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.shared.Money;

/**
 * A grant request as its page shows it, with the need it meets and that need's outcome, so value
 * for money can be seen beside the award. {@code askedByReader}: the reader asked for it, so may
 * neither decide nor pay it. {@code mayPay}: the reader is a finance officer of the fund's service
 * (and did not ask); {@code mayCancel}: the reader may cancel the award while it is approved and
 * unpaid. A reader who only does finance sees no case: {@code caseId}, the case reference and the
 * need are empty for them.
 */
public record GrantRequestView(UUID id, UUID fundId, String fundName, UUID caseId, String caseReference,
        String need, HeadlineOutcome headline, Integer needBaseline, Integer needCurrent, NeedOutcome needOutcome,
        String item, GrantCategory category, long amountPence, String supplier, String cannotPayEvidence,
        String otherSourcesTried, RequestStatus status, Long approvedPence, DecisionRoute route, UUID meetingId,
        String decisionReason, String decidedBy, LocalDate decidedOn, boolean onAgenda, boolean needsPanel, String requestedBy,
        Instant requestedAt, PaymentView payment, boolean askedByReader, boolean mayPay, boolean mayCancel,
        String cancelledReason, String cancelledBy, LocalDate cancelledOn, long version) {

    public String amount() {
        return Money.format(amountPence);
    }

    public String approved() {
        return approvedPence == null ? "" : Money.format(approvedPence);
    }

    public boolean lowerAmount() {
        return approvedPence != null && approvedPence < amountPence;
    }

    public record PaymentView(PaymentMethod method, String reference, LocalDate paidOn, long amountPence, String receiptName) {
        public String amount() {
            return Money.format(amountPence);
        }
    }
}
