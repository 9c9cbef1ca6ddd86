package org.placeworks.panel;

public enum MeetingStatus {
    SCHEDULED("Scheduled"), AGENDA_PUBLISHED("Agenda published"), IN_SESSION("In session"), CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
