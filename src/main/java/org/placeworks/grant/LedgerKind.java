package org.placeworks.grant;

/** What moved a fund's money: each kind is one line of the fund's ledger. */
public enum LedgerKind {
    OPENING_BUDGET("Opening budget"),
    COMMITMENT("Commitment"),
    RELEASE("Release"),
    PAYMENT("Payment"),
    TOP_UP("Top-up"),
    REDUCTION("Reduction"),
    YEAR_END_CLOSE("Year-end close");

    private final String label;

    LedgerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
