package org.placeworks.panel;

import java.time.LocalDate;
import java.util.UUID;

/** A decision the panel took, for the worker's "My cases": which case, which meeting, what, and why. */
public record DecisionNotice(UUID caseId, String caseReference, String panelName, LocalDate meetingDate,
        DecisionCode decision, String rationale) {
}
