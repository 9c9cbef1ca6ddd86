package org.placeworks.subjectaccess;

/** Who made the request, and in what capacity. */
public enum RequesterKind {
    SUBJECT("The person themselves"),
    PARENT("A parent or carer with parental responsibility"),
    SOLICITOR("A solicitor or representative with their written authority"),
    OTHER_AUTHORISED("Someone else with their written authority or a court's order");

    private final String label;

    RequesterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
