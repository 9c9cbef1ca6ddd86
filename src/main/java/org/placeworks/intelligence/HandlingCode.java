package org.placeworks.intelligence;

/** The third part of the 3x5x2 grading: whether the receiving service may share the information on. */
public enum HandlingCode {
    P("Lawful sharing permitted"),
    C("Lawful sharing permitted with conditions");

    private final String label;

    HandlingCode(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public String option() {
        return name() + ": " + label;
    }
}
