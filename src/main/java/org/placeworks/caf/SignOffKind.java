package org.placeworks.caf;

/** The steps a manager of the owning service signs off, each switched on or off per service. */
public enum SignOffKind {
    CLOSURE("Closure", "closing the case"),
    STEP_UP("Step up", "stepping up to children's social care"),
    STEP_DOWN("Step down", "taking on a case stepped down from children's social care");

    private final String label;
    private final String what;

    SignOffKind(String label, String what) {
        this.label = label;
        this.what = what;
    }

    public String label() {
        return label;
    }

    /** The step in words, after "Sign off". */
    public String what() {
        return what;
    }
}
