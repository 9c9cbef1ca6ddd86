package org.placeworks.estate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The worklist's filters, all optional: category, place (estate, neighbourhood) and status (null: every
 * open issue, or with {@code everyStatus} every issue). {@code afterDate}/{@code afterId} continue the list
 * after the last issue of a page.
 */
public record IssueFilter(EstateCategory category, UUID estateId, UUID neighbourhoodId, IssueStatus status, boolean everyStatus,
        LocalDate afterDate, UUID afterId, int size) {

    public static IssueFilter openIssues(int size) {
        return new IssueFilter(null, null, null, null, false, null, null, size);
    }
}
