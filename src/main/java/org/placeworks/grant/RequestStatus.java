package org.placeworks.grant;

public enum RequestStatus {
    AWAITING_DECISION("Awaiting decision", "govuk-tag govuk-tag--yellow"),
    APPROVED("Approved", "govuk-tag govuk-tag--green"),
    DECLINED("Declined", "govuk-tag govuk-tag--red"),
    PAID("Paid", "govuk-tag govuk-tag--turquoise"),
    /** Approved, then cancelled before it was paid: its commitment went back to the fund. */
    CANCELLED("Cancelled", "govuk-tag govuk-tag--grey"),
    /** Approved, then left unpaid past the fund's lapse period: its commitment went back to the fund. */
    LAPSED("Lapsed", "govuk-tag govuk-tag--orange");

    private final String label;
    private final String tagClass;

    RequestStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
