package org.placeworks.grant;

import java.time.Instant;
import java.util.UUID;
import org.placeworks.shared.Money;

/**
 * One movement of a fund, as its ledger shows it: how it moved the budget, the committed total (which
 * includes what is paid) and the paid total, in pence, with who, when and why.
 */
public record LedgerLine(UUID id, LedgerKind kind, UUID requestId, long budgetPence, long committedPence, long paidPence,
        String reason, String recordedBy, Instant recordedAt) {

    public String budget() { return signed(budgetPence); }
    public String committed() { return signed(committedPence); }
    public String paid() { return signed(paidPence); }

    private static String signed(long pence) {
        return pence == 0 ? "" : pence > 0 ? "+" + Money.format(pence) : "−" + Money.format(-pence);
    }
}
