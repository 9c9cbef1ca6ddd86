package org.placeworks.estate;

/** The status changes staff make to an issue. */
public enum IssueTransition {
    START("Start work", IssueStatus.IN_PROGRESS),
    FIX("Mark as fixed", IssueStatus.FIXED),
    CLOSE("Close without fixing", IssueStatus.CLOSED_NOT_FIXED),
    REOPEN("Reopen", IssueStatus.REOPENED);

    private final String label;
    private final IssueStatus to;

    IssueTransition(String label, IssueStatus to) {
        this.label = label;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public IssueStatus to() {
        return to;
    }

    /** Whether an issue in {@code status} may take this step. */
    public boolean allowedFrom(IssueStatus status) {
        return switch (this) {
            case START -> status == IssueStatus.REPORTED || status == IssueStatus.REOPENED;
            case FIX, CLOSE -> status.open();
            case REOPEN -> !status.open();
        };
    }
}
