package org.placeworks.caf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's own assessment. {@code needs}: the needs the family assessment attributes to the child,
 * with their scores as it holds them now (one set of scores per case). {@code replacedOn} is null for
 * the assessment in force; a replaced one is kept as it stood.
 */
public record ChildAssessmentView(UUID id, UUID childId, String child, LocalDate completedOn, List<CaseView.FindingView> findings,
        String childsVoice, List<ChildNeed> needs, String recordedBy, Instant recordedAt, LocalDate replacedOn, String replacedBy) {

    public boolean current() {
        return replacedOn == null;
    }

    /** A need of the child, scored on the family assessment. */
    public record ChildNeed(UUID needId, String description, HeadlineOutcome headline, Integer baselineScore, Integer currentScore) {
    }
}
