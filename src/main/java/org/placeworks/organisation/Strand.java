package org.placeworks.organisation;

/** The three strands of place-based working. */
public enum Strand {
    EARLY_INTERVENTION("Early Intervention"),
    ESTATE_SERVICES("Estate Services"),
    COMMUNITY_INTELLIGENCE("Community Intelligence");

    private final String label;

    Strand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
