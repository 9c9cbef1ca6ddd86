package org.placeworks.intelligence;

import java.time.Instant;

/** Information added after the report: by the reporter (with the receipt code) or by a member of staff. */
public record ReportAddition(String text, Instant addedAt, boolean byReporter, String addedBy) {

    public String who() {
        return byReporter ? "The reporter" : addedBy;
    }
}
