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

/**
 * One movement of a fund's money; entries are only ever added, never changed (V62 refuses a change to its money or a
 * removal). The database numbers each entry within its fund and works out the fund's balances after it.
 */
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

    /** Set by the database as the entry is added (V62): its place in the fund's ledger and the balances after it. */
    @Column(name = "entry_no", insertable = false, updatable = false)
    Long entryNo;

    @Column(name = "budget_after", insertable = false, updatable = false)
    Long budgetAfter;

    @Column(name = "committed_after", insertable = false, updatable = false)
    Long committedAfter;

    @Column(name = "paid_after", insertable = false, updatable = false)
    Long paidAfter;

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
        return new LedgerLine(id, entryNo, kind, requestId, budgetPence, committedPence, paidPence, budgetAfter, committedAfter,
                paidAfter, reason, recordedBy, recordedAt);
    }

    public UUID fundId() { return fundId; }
    public LedgerKind kind() { return kind; }
}
