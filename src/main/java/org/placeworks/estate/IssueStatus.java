package org.placeworks.estate;

/** Where an issue stands: fixed is told apart from closed without fixing, and either can be reopened. */
public enum IssueStatus {
    REPORTED("Reported", true),
    IN_PROGRESS("In progress", true),
    FIXED("Fixed", false),
    CLOSED_NOT_FIXED("Closed without fixing", false),
    REOPENED("Reopened", true);

    private final String label;
    private final boolean open;

    IssueStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** Still to be dealt with: on the worklist. */
    public boolean open() {
        return open;
    }
}
