package org.placeworks.intelligence;

/** What a confidential report is about. */
public enum ReportCategory {
    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour"),
    DRUG_DEALING("Drug dealing"),
    INTIMIDATION("Intimidation or threats"),
    NEGLECT_OR_WELFARE("Neglect or a welfare concern"),
    ENVIRONMENTAL("Environmental (dumping, damage, nuisance)"),
    OTHER("Something else");

    private final String label;

    ReportCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
