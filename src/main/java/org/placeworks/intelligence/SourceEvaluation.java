package org.placeworks.intelligence;

/** The first part of the 3x5x2 grading police partners use: how far the source can be relied on. */
public enum SourceEvaluation {
    RELIABLE("1", "Reliable"),
    UNTESTED("2", "Untested"),
    NOT_RELIABLE("3", "Not reliable");

    private final String code;
    private final String label;

    SourceEvaluation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** As shown in a form: "1: Reliable". */
    public String option() {
        return code + ": " + label;
    }
}
