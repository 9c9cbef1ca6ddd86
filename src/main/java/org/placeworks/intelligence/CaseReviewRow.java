package org.placeworks.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case review on the list: its clocks, and for a manager the area only. {@code mayOpen} for officers. */
public record CaseReviewRow(UUID id, String reference, LocalDate receivedOn, String place, CaseReviewStatus status,
        List<CaseReviewClock> clocks, boolean mayOpen) {

    public boolean anyOverdue() {
        return clocks.stream().anyMatch(CaseReviewClock::overdue);
    }
}
