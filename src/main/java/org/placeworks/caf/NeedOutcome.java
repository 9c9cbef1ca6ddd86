package org.placeworks.caf;

/** The outcome of one need when the case closes: what a results claim is checked against. */
public enum NeedOutcome {
    MET("Met"), PARTLY_MET("Partly met"), NOT_MET("Not met");

    private final String label;

    NeedOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
