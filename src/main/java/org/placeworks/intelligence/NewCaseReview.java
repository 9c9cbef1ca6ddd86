package org.placeworks.intelligence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An application for an ASB Case Review as an officer records it: about which location or victim, the
 * day it was received, who applied, and which counted report's reporter made it (their identity stays in
 * that report's protected record).
 */
public record NewCaseReview(String subjectKey, LocalDate receivedOn, CaseReviewApplicant appliedBy, String onBehalfOf,
        UUID applicantReportId) {
}
