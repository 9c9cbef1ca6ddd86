package org.placeworks.caf;

/** Where an offer of a case to another service stands. */
public enum TransferStatus {
    PENDING("Awaiting an answer"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    /** No longer needed: the family moved again, the case closed, or a manager moved the case directly. */
    WITHDRAWN("Withdrawn");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
