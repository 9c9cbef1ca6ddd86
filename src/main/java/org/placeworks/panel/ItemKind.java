package org.placeworks.panel;

/** Why a case comes to panel. */
public enum ItemKind {
    NEW_REQUEST("New request for support"),
    STUCK_CASE_REVIEW("Review of a stuck case"),
    GRANT_REQUEST("Grant request"),
    ESCALATION("Escalation"),
    STEP_DOWN("Step down from social care");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
