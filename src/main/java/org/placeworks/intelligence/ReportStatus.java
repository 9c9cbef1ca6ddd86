package org.placeworks.intelligence;

/** Where a report is, as officers see it ({@link #label()}) and as the reporter is told ({@link #reporterText()}). */
public enum ReportStatus {
    RECEIVED("Received", "We have received your report. An officer will look at it soon."),
    UNDER_REVIEW("Under review", "An officer is looking at your report."),
    ROUTED("Passed on", "Your report has been looked at and passed to the team that can act on it. "
            + "Nothing that identifies you was passed on."),
    CLOSED("Closed", "We have finished looking at your report. Thank you for telling us.");

    private final String label;
    private final String reporterText;

    ReportStatus(String label, String reporterText) {
        this.label = label;
        this.reporterText = reporterText;
    }

    public String label() {
        return label;
    }

    /** What the reporter reads when they check their report with the receipt code. */
    public String reporterText() {
        return reporterText;
    }
}
