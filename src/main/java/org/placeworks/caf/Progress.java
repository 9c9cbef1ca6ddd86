package org.placeworks.caf;

/** What a review records for each need. */
public enum Progress {
    IMPROVED("Improved"), NO_CHANGE("No change"), WORSE("Worse");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
