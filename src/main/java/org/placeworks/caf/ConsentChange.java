package org.placeworks.caf;

/** How a version of the family's consent came about. */
public enum ConsentChange {
    GIVEN("Given"), AMENDED("Amended"), RENEWED("Renewed");

    private final String label;

    ConsentChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
