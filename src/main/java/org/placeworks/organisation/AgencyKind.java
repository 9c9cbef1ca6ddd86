package org.placeworks.organisation;

public enum AgencyKind {
    COUNCIL("Council"),
    SCHOOL("School or college"),
    EARLY_YEARS("Early years setting or children's centre"),
    HEALTH("Health"),
    SOCIAL_CARE("Children's social care"),
    POLICE("Police"),
    HOUSING("Housing"),
    VOLUNTARY("Voluntary or community organisation"),
    OTHER("Other");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
