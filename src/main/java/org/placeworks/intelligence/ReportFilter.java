package org.placeworks.intelligence;

/** What the officers' list is narrowed to; null means any. */
public record ReportFilter(ReportStatus status, ReportCategory category) {

    public static ReportFilter all() {
        return new ReportFilter(null, null);
    }
}
