package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.caf.TransferCause;
import org.placeworks.caf.TransferStatus;
import org.placeworks.shared.Conflict;

/** A case offered by the service holding it to another: pending until accepted, declined or withdrawn. */
@Entity
@Table(name = "caf_case_transfer")
public class CaseTransfer {

    @Id
    UUID id;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "from_service_id")
    UUID fromServiceId;

    @Column(name = "to_service_id")
    UUID toServiceId;

    @Enumerated(EnumType.STRING)
    TransferCause cause;

    String reason;

    @Enumerated(EnumType.STRING)
    TransferStatus status;

    @Column(name = "requested_at")
    Instant requestedAt;

    @Column(name = "requested_by")
    String requestedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decision_reason")
    String decisionReason;

    @Version
    long version;

    protected CaseTransfer() {
    }

    public CaseTransfer(UUID caseId, UUID fromServiceId, UUID toServiceId, TransferCause cause, String reason, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.fromServiceId = fromServiceId;
        this.toServiceId = toServiceId;
        this.cause = cause;
        this.reason = reason;
        this.status = TransferStatus.PENDING;
        this.requestedAt = at;
        this.requestedBy = by;
    }

    public void accept(String note, Instant at, String by) {
        answer(TransferStatus.ACCEPTED, note, at, by);
    }

    public void decline(String why, Instant at, String by) {
        answer(TransferStatus.DECLINED, why, at, by);
    }

    public void withdraw(String why, Instant at, String by) {
        answer(TransferStatus.WITHDRAWN, why, at, by);
    }

    private void answer(TransferStatus to, String why, Instant at, String by) {
        if (status != TransferStatus.PENDING) {
            throw new Conflict("This transfer was already " + status.label().toLowerCase() + ".");
        }
        status = to;
        decisionReason = why;
        decidedAt = at;
        decidedBy = by;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public UUID fromServiceId() { return fromServiceId; }
    public UUID toServiceId() { return toServiceId; }
    public TransferCause cause() { return cause; }
    public String reason() { return reason; }
    public TransferStatus status() { return status; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String decisionReason() { return decisionReason; }
    public long version() { return version; }
}
