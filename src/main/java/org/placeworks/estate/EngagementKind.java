package org.placeworks.estate;

/** The kinds of community engagement on an estate; any other kind is recorded with its own name. */
public enum EngagementKind {
    WALKABOUT("Estate walkabout"),
    RESIDENTS_MEETING("Residents' meeting"),
    CLEAN_UP_DAY("Clean-up day"),
    OTHER("Other");

    private final String label;

    EngagementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
