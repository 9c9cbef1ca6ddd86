package org.placeworks.caf;

/** How a contact with the family happened. */
public enum ContactType {
    HOME_VISIT("Home visit"),
    PHONE("Phone"),
    OFFICE("Office"),
    SCHOOL("School"),
    VIRTUAL("Virtual"),
    TAF_MEETING("TAF meeting"),
    OTHER("Other");

    private final String label;

    ContactType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
