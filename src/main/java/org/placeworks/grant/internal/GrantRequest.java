package org.placeworks.grant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.grant.DecisionRoute;
import org.placeworks.grant.GrantCategory;
import org.placeworks.grant.RequestStatus;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/** A request for a small grant from an early help case, for one need in its plan. */
@Entity
@Table(name = "grant_request")
public class GrantRequest {

    @Id
    UUID id;

    @Column(name = "fund_id")
    UUID fundId;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "family_id")
    UUID familyId;

    /** Where the family lived when it asked (null where no place was known): spend is counted there. */
    @Column(name = "neighbourhood_id")
    UUID neighbourhoodId;

    @Column(name = "need_id")
    UUID needId;

    String item;

    @Enumerated(EnumType.STRING)
    GrantCategory category;

    @Column(name = "amount_pence")
    long amountPence;

    String supplier;

    @Column(name = "cannot_pay_evidence")
    String cannotPayEvidence;

    @Column(name = "other_sources_tried")
    String otherSourcesTried;

    @Enumerated(EnumType.STRING)
    RequestStatus status = RequestStatus.AWAITING_DECISION;

    @Column(name = "approved_pence")
    Long approvedPence;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_route")
    DecisionRoute decisionRoute;

    @Column(name = "meeting_id")
    UUID meetingId;

    @Column(name = "decision_reason")
    String decisionReason;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "agenda_item_id")
    UUID agendaItemId;

    @Column(name = "cancelled_reason")
    String cancelledReason;

    @Column(name = "cancelled_by")
    String cancelledBy;

    @Column(name = "cancelled_on")
    LocalDate cancelledOn;

    @Column(name = "lapsed_on")
    LocalDate lapsedOn;

    @Column(name = "requested_by")
    String requestedBy;

    @Column(name = "requested_at")
    Instant requestedAt;

    @Version
    long version;

    protected GrantRequest() {
    }

    public GrantRequest(UUID fundId, UUID caseId, UUID familyId, UUID neighbourhoodId, UUID needId, String item, GrantCategory category,
            long amountPence, String supplier, String cannotPayEvidence, String otherSourcesTried, String requestedBy,
            Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.fundId = fundId;
        this.caseId = caseId;
        this.familyId = familyId;
        this.neighbourhoodId = neighbourhoodId;
        this.needId = needId;
        this.item = item;
        this.category = category;
        this.amountPence = amountPence;
        this.supplier = supplier;
        this.cannotPayEvidence = cannotPayEvidence;
        this.otherSourcesTried = otherSourcesTried;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void approve(long pence, DecisionRoute route, UUID meetingId, String reason, String by, LocalDate on) {
        requireAwaiting();
        if (pence <= 0 || pence > amountPence) {
            throw new InvalidInput("amount", "An approval is for more than nothing and at most the amount asked for");
        }
        status = RequestStatus.APPROVED;
        approvedPence = pence;
        decided(route, meetingId, reason, by, on);
    }

    void decline(DecisionRoute route, UUID meetingId, String reason, String by, LocalDate on) {
        requireAwaiting();
        status = RequestStatus.DECLINED;
        decided(route, meetingId, reason, by, on);
    }

    void paid() {
        if (status != RequestStatus.APPROVED) {
            throw new Conflict("Only an approved grant can be paid; this one is " + status.label().toLowerCase() + ".");
        }
        status = RequestStatus.PAID;
    }

    /** An approved award, not yet paid, is cancelled; one already paid, declined or undecided cannot be. */
    void cancel(String reason, String by, LocalDate on) {
        requireCancellable();
        status = RequestStatus.CANCELLED;
        cancelledReason = reason;
        cancelledBy = by;
        cancelledOn = on;
    }

    /** An approved award left unpaid too long lapses; only an approved, unpaid award can. */
    void lapse(LocalDate on) {
        if (status != RequestStatus.APPROVED) {
            throw new Conflict("Only an approved award can lapse; this one is " + status.label().toLowerCase() + ".");
        }
        status = RequestStatus.LAPSED;
        lapsedOn = on;
    }

    /** Checked before a cancellation form is read: a paid award cannot be cancelled (409). */
    public void requireCancellable() {
        if (status == RequestStatus.PAID) {
            throw new Conflict("This award has already been paid, so it cannot be cancelled.");
        }
        if (status != RequestStatus.APPROVED) {
            throw new Conflict("Only an approved award can be cancelled; this one is " + status.label().toLowerCase() + ".");
        }
    }

    /** What this request holds of its fund now: the approved amount while approved and unpaid, else nothing. */
    public long committedPence() {
        return status == RequestStatus.APPROVED && approvedPence != null ? approvedPence : 0;
    }

    /** Whether the request is an award that stands (approved or paid; not cancelled). */
    public boolean awarded() {
        return approvedPence != null && (status == RequestStatus.APPROVED || status == RequestStatus.PAID);
    }

    public void listedAt(UUID agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    private void decided(DecisionRoute route, UUID meetingId, String reason, String by, LocalDate on) {
        this.decisionRoute = route;
        this.meetingId = meetingId;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedOn = on;
    }

    private void requireAwaiting() {
        if (status != RequestStatus.AWAITING_DECISION) {
            throw new Conflict("This request has already been decided: it is " + status.label().toLowerCase() + ".");
        }
    }

    public UUID id() { return id; }
    public UUID fundId() { return fundId; }
    public UUID caseId() { return caseId; }
    public UUID familyId() { return familyId; }
    public UUID neighbourhoodId() { return neighbourhoodId; }
    public UUID needId() { return needId; }
    public String item() { return item; }
    public GrantCategory category() { return category; }
    public long amountPence() { return amountPence; }
    public String supplier() { return supplier; }
    public String cannotPayEvidence() { return cannotPayEvidence; }
    public String otherSourcesTried() { return otherSourcesTried; }
    public RequestStatus status() { return status; }
    public Long approvedPence() { return approvedPence; }
    public DecisionRoute decisionRoute() { return decisionRoute; }
    public UUID meetingId() { return meetingId; }
    public String decisionReason() { return decisionReason; }
    public String decidedBy() { return decidedBy; }
    public LocalDate decidedOn() { return decidedOn; }
    public UUID agendaItemId() { return agendaItemId; }
    public String cancelledReason() { return cancelledReason; }
    public String cancelledBy() { return cancelledBy; }
    public LocalDate cancelledOn() { return cancelledOn; }
    public LocalDate lapsedOn() { return lapsedOn; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public long version() { return version; }
}
