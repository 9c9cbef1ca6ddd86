package org.placeworks.estate;

/** Why an issue was closed without being fixed. */
public enum CloseReason {
    DUPLICATE("Duplicate of another report"),
    NOT_OUR_LAND("Not our land"),
    NO_FAULT_FOUND("No fault found"),
    PRIVATE_PROPERTY("Private property"),
    OTHER("Other");

    private final String label;

    CloseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
