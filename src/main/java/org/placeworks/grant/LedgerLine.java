package org.placeworks.grant;

import java.time.Instant;
import java.util.UUID;
import org.placeworks.shared.Money;

/**
 * One movement of a fund, as its ledger shows it: its number in the fund's ledger, how it moved the budget, the
 * committed total (which includes what is paid) and the paid total, and the three balances after it, in pence, with
 * who, when and why.
 */
public record LedgerLine(UUID id, long entryNo, LedgerKind kind, UUID requestId, long budgetPence, long committedPence,
        long paidPence, long budgetAfterPence, long committedAfterPence, long paidAfterPence, String reason,
        String recordedBy, Instant recordedAt) {

    /** What was left to commit after this movement: the budget less what was committed (which includes what is paid). */
    public String remainingAfter() {
        return Money.format(budgetAfterPence - committedAfterPence);
    }

    public String budget() { return signed(budgetPence); }
    public String committed() { return signed(committedPence); }
    public String paid() { return signed(paidPence); }

    private static String signed(long pence) {
        return pence == 0 ? "" : pence > 0 ? "+" + Money.format(pence) : "−" + Money.format(-pence);
    }
}
