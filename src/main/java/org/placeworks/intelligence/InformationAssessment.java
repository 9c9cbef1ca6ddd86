package org.placeworks.intelligence;

/** The second part of the 3x5x2 grading: how the source came to know the information. */
public enum InformationAssessment {
    A("Known directly to the source"),
    B("Known indirectly to the source but corroborated"),
    C("Known indirectly to the source"),
    D("Not known"),
    E("Suspected to be false or malicious");

    private final String label;

    InformationAssessment(String label) {
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
