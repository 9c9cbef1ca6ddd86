package org.placeworks.caf;

/** What the service decided about a new request for support; the referrer is told each. */
public enum ReferralDecision {
    ACCEPTED("Accepted", "accepted: a worker has been allocated"),
    DECLINED("Declined", "declined"),
    SIGNPOSTED("Signposted to universal services", "signposted to universal services");

    private final String label;
    private final String told;

    ReferralDecision(String label, String told) {
        this.label = label;
        this.told = told;
    }

    public String label() {
        return label;
    }

    /** How the referrer is told it, after "Your request was". */
    public String told() {
        return told;
    }
}
