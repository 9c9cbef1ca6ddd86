package org.placeworks.insight;

/** The two kinds of Supporting Families result a family can be claimed for. */
public enum ClaimRoute {
    SUSTAINED_PROGRESS("Significant and sustained progress: every need met, and every outcome held 6 months after closure"),
    CONTINUOUS_EMPLOYMENT("Continuous employment: the financial stability outcome held 6 months after closure");

    private final String label;

    ClaimRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
