package org.placeworks.panel;

/** How a member agency attended a meeting. */
public enum AttendanceStatus {
    PRESENT("Present"), DEPUTY("Deputy attended"), APOLOGIES("Apologies"), ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the agency counts towards the quorum. */
    public boolean represented() {
        return this == PRESENT || this == DEPUTY;
    }
}
