package org.placeworks.grant;

public enum GrantCategory {
    CLOTHING("Clothing"), SCHOOL_UNIFORM("School uniform"), GLASSES("Glasses"), HOUSEHOLD_GOODS("Household goods"),
    UTILITIES("Utilities"), TRAVEL("Travel"), ACTIVITIES("Activities"), OTHER("Other");

    private final String label;

    GrantCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
