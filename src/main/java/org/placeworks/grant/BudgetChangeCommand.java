package org.placeworks.grant;

/** A top-up or reduction of a fund's budget ({@code kind} TOP_UP or REDUCTION), in pence, with the reason, against the fund's version. */
public record BudgetChangeCommand(LedgerKind kind, Long amountPence, String reason, Long version) {
}
