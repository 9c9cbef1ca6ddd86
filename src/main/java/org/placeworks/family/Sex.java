package org.placeworks.family;

public enum Sex {
    FEMALE("Female"), MALE("Male"), NOT_KNOWN("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
