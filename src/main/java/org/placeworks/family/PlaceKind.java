package org.placeworks.family;

/** How a family lives where they are: at home, in temporary accommodation, or with no fixed abode. */
public enum PlaceKind {
    HOME("Home address"),
    TEMPORARY("Temporary accommodation"),
    NO_FIXED_ABODE("No fixed abode");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
