package org.placeworks.intelligence;

/** How a reporter who gave contact details would like to be contacted, if at all. */
public enum PreferredContact {
    EMAIL("By email"),
    PHONE("By phone"),
    NONE("Do not contact me");

    private final String label;

    PreferredContact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
