package org.placeworks.estate;

import java.util.List;

/** An issue's page: the issue, its history, its photos, and what the reader may do with it. */
public record IssueDetail(EstateIssueView issue, List<IssueEventView> history, List<PhotoView> photos, boolean mayChange,
        List<IssueTransition> steps) {
}
