package org.placeworks.family;

/** A person's place in the household. */
public enum Relationship {
    CHILD("Child"), PARENT("Parent"), CARER("Carer"), OTHER_ADULT("Other adult");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
