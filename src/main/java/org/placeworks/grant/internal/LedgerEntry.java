package org.placeworks.grant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.grant.LedgerKind;
import org.placeworks.grant.LedgerLine;

/** One movement of a fund's money; entries are only ever added, never changed. */
@Entity
@Table(name = "grant_ledger_entry")
public class LedgerEntry {

    @Id
    UUID id;

    @Column(name = "fund_id")
    UUID fundId;

    @Enumerated(EnumType.STRING)
    LedgerKind kind;

    @Column(name = "request_id")
    UUID requestId;

    @Column(name = "budget_pence")
    long budgetPence;

    @Column(name = "committed_pence")
    long committedPence;

    @Column(name = "paid_pence")
    long paidPence;

    String reason;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_at")
    Instant recordedAt;

    protected LedgerEntry() {
    }

    LedgerEntry(UUID fundId, LedgerKind kind, UUID requestId, long budgetPence, long committedPence, long paidPence,
            String reason, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.fundId = fundId;
        this.kind = kind;
        this.requestId = requestId;
        this.budgetPence = budgetPence;
        this.committedPence = committedPence;
        this.paidPence = paidPence;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LedgerLine line() {
        return new LedgerLine(id, kind, requestId, budgetPence, committedPence, paidPence, reason, recordedBy, recordedAt);
    }

    public UUID fundId() { return fundId; }
    public LedgerKind kind() { return kind; }
}
