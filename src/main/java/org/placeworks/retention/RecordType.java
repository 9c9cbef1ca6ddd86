package org.placeworks.retention;

/** The kinds of record that have a retention rule and can be disposed of. */
public enum RecordType {
    EARLY_HELP("Early help record"),
    INTELLIGENCE("Intelligence report"),
    SUBJECT_ACCESS("Subject access request");

    private final String label;

    RecordType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
