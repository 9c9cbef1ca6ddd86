package org.placeworks.intelligence;

/** Who applied for an ASB Case Review: the victim, or someone on their behalf (a relative, a councillor, an MP). */
public enum CaseReviewApplicant {
    VICTIM("The victim"),
    ON_BEHALF("Someone on the victim's behalf");

    private final String label;

    CaseReviewApplicant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
