package org.placeworks.panel;

/** What the panel decided on an item. */
public enum DecisionCode {
    ALLOCATE_LEAD_PROFESSIONAL("Allocate a lead professional"),
    AGREE_SUPPORT_PACKAGE("Agree a support package"),
    AWARD_GRANT("Award a grant"),
    DECLINE_GRANT("Decline the grant request"),
    STEP_UP("Step up to children's social care"),
    STEP_DOWN("Step down"),
    CLOSE("Close"),
    DEFER("Defer to the next meeting");

    private final String label;

    DecisionCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the case's worker does next, told with the decision (null: nothing more to do on the case for it). */
    public String nextForTheWorker() {
        return switch (this) {
            case STEP_UP -> "Unless the panel gave the MASH reference (the step up then already awaits sign-off on the case),"
                    + " record the step up on the case once the MASH has the referral.";
            case CLOSE -> "Unless the panel gave the closure reason and each need's outcome (the closure then already awaits"
                    + " sign-off on the case, or is done), close the case on its page with each need's outcome; a manager"
                    + " signs it off where your service asks for that.";
            default -> null;
        };
    }

    /** A decision on the grant request the item is about: the grant's own record holds the money. */
    public boolean onGrant() {
        return this == AWARD_GRANT || this == DECLINE_GRANT;
    }
}
