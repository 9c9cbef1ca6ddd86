package org.placeworks.intelligence;

/** How a report reached the council. */
public enum ReportChannel {
    ONLINE("Online, by the reporter"),
    STAFF("By a member of staff"),
    PHONE("Taken by phone for a resident");

    private final String label;

    ReportChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
