package org.placeworks.estate;

/** How an issue came in: from staff (including a resident's phone call), or from a civic tool over Open311. */
public enum IssueChannel {
    STAFF("Staff"),
    OPEN311("Open311");

    private final String label;

    IssueChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
