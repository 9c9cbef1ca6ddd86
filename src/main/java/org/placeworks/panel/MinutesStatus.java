package org.placeworks.panel;

/** Where a meeting's minutes are: drafted by the chair, circulated for accuracy, agreed at the next meeting. */
public enum MinutesStatus {
    DRAFT("Draft"), CIRCULATED("Circulated for accuracy"), AGREED("Agreed");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
