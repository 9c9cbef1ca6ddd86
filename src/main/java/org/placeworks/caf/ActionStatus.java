package org.placeworks.caf;

public enum ActionStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done"), CANCELLED("Cancelled");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
