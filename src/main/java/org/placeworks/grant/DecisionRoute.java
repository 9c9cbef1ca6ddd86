package org.placeworks.grant;

/** Who decided: the panel at a meeting, or the chair between meetings within their delegated limit. */
public enum DecisionRoute {
    PANEL("The panel, at a meeting"), CHAIR("The chair, between meetings");

    private final String label;

    DecisionRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
