package org.placeworks.caf;

/** Why a case is offered to another service. */
public enum TransferCause {
    MOVE("The family moved"),
    LEAD_AGENCY("Change of lead agency");

    private final String label;

    TransferCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
