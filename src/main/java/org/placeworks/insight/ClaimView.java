package org.placeworks.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A family that may be claimed for under Supporting Families, with its evidence: the case by reference (no names),
 * when its assessment was completed, its plan, when it closed, when its sustainment check was recorded and what that
 * check found for each headline outcome.
 */
public record ClaimView(UUID caseId, String caseReference, ClaimRoute route, int headlines, LocalDate assessmentCompletedOn,
        String plan, LocalDate closedOn, LocalDate checkRecordedOn, List<String> evidence) {
}
