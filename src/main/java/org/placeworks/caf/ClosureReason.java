package org.placeworks.caf;

/** Why an early help case closed, coded so that outcomes can be counted. */
public enum ClosureReason {
    NEEDS_MET("Needs met"),
    SINGLE_AGENCY("A single agency can finish the work"),
    STEPPED_UP("Stepped up to children's social care"),
    CONSENT_WITHDRAWN("Family no longer wishes to continue (consent withdrawn)"),
    MOVED_OUT_OF_AREA("Moved out of area"),
    DECLINED_OR_DID_NOT_ENGAGE("Declined or did not engage"),
    SIGNPOSTED("No further action, signposted"),
    /** The service declined the referral: it never became early help. */
    REFERRAL_DECLINED("Referral declined");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Closures a worker chooses on the closure form; the others follow from step up or withdrawal. */
    public boolean chosenAtClosure() {
        return this == NEEDS_MET || this == SINGLE_AGENCY || this == MOVED_OUT_OF_AREA || this == DECLINED_OR_DID_NOT_ENGAGE
                || this == SIGNPOSTED;
    }
}
