package org.placeworks.intelligence;

/** Where an ASB Case Review application stands. */
public enum CaseReviewStatus {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    THRESHOLD_NOT_MET("Threshold not met"),
    REVIEW_TO_MEET("Threshold met: review to hold"),
    REVIEW_HELD("Review held"),
    CLOSED("Closed");

    private final String label;

    CaseReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
