package org.placeworks.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.placeworks.caf.HeadlineOutcome;

/** A sustainment check as its page shows it: the case by reference (no family names), each outcome and its answer. */
public record SustainmentCheckView(UUID id, UUID caseId, String caseReference, LocalDate closedOn, LocalDate dueOn,
        boolean overdue, String leadProfessional, List<Outcome> outcomes, String recordedBy, Instant recordedAt, long version) {

    public boolean recorded() {
        return recordedAt != null;
    }

    /** {@code held} is null until the check is recorded. */
    public record Outcome(UUID id, HeadlineOutcome headline, String need, Boolean held, String evidence) {
    }
}
