package org.placeworks.estate;

/** An issue as reported; {@code channelReference} is the sending system's own id, if any. */
public record NewEstateIssue(EstateCategory category, IssueLocation location, String title, String description,
        ReporterContact reporter, IssueChannel channel, String channelReference) {
}
