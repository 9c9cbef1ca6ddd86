package org.placeworks.caf;

/** The ten headline outcomes of the national Supporting Families programme; every need is tagged with one. */
public enum HeadlineOutcome {
    EDUCATION("Getting a good education"),
    EARLY_YEARS("Good early years development"),
    HEALTH("Improved mental and physical health"),
    SUBSTANCE_USE("Better managed substance use"),
    FAMILY_RELATIONSHIPS("Improved family relationships"),
    SAFE_FROM_ABUSE("Children safe from abuse and exploitation"),
    CRIME_PREVENTION("Crime prevention and diversion"),
    DOMESTIC_ABUSE("Safe from domestic abuse"),
    HOUSING("Secure housing"),
    FINANCIAL_STABILITY("Financial stability");

    private final String label;

    HeadlineOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
