package org.placeworks.grant;

public enum DecisionOutcome {
    APPROVE("Approve"), APPROVE_LOWER("Approve a lower amount"), DECLINE("Decline");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
