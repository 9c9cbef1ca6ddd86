package org.placeworks.insight;

import java.time.LocalDate;
import java.util.UUID;

/** A line of a list of sustainment checks: the case by reference and lead professional, never the family's name. */
public record SustainmentLine(UUID id, UUID caseId, String caseReference, String leadProfessional, LocalDate closedOn, LocalDate dueOn,
        boolean overdue, int outcomes) {
}
