package org.placeworks.caf;

/** Where an early help case is in its cycle. */
public enum CaseStatus {
    AWAITING_CONSENT("Awaiting consent", "grey"),
    ASSESSMENT("Assessment", "blue"),
    ACTIVE_PLAN("Active plan", "green"),
    /** Stepped up and signed off: open until children's social care accept it or hand it back. */
    AWAITING_SOCIAL_CARE("Awaiting children's social care decision", "orange"),
    CLOSED("Closed", "grey");

    private final String label;
    private final String colour;

    CaseStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag modifier for this status. */
    public String tagClass() {
        return colour.isEmpty() ? "govuk-tag" : "govuk-tag govuk-tag--" + colour;
    }
}
