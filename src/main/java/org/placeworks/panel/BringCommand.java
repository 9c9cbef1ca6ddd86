package org.placeworks.panel;

import java.util.UUID;

/** A case brought to panel by one of its workers; an urgent request asks the chair to take it after the cut-off. */
public record BringCommand(UUID caseId, ItemKind kind, String note, AgendaSubject subject, boolean urgent,
        String urgentReason) {
}
