package org.placeworks.intelligence;

/** Whether the reporter says it happened to them (which counts towards an ASB Case Review). */
public enum Victim {
    YES("Yes, it happened to them"),
    NO("No, they saw or heard about it"),
    UNSURE("Not sure");

    private final String label;

    Victim(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
