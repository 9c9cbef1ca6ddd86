package org.placeworks.caf;

/** The three sides of the CAF assessment triangle. */
public enum CafDomain {
    CHILD_DEVELOPMENT("Development of the child"),
    PARENTS_AND_CARERS("Parents and carers"),
    FAMILY_AND_ENVIRONMENT("Family and environment");

    private final String label;

    CafDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
