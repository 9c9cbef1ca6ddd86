package org.placeworks.estate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One page of the worklist, by target date (overdue first); {@code nextDate}/{@code nextId} continue it, null at the end. */
public record IssuePage(List<EstateIssueView> issues, LocalDate nextDate, UUID nextId) {

    public boolean hasNext() {
        return nextId != null;
    }
}
