package org.placeworks.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case review as an intelligence officer reads it. */
public record CaseReviewView(UUID id, String reference, String place, boolean aboutVictim, LocalDate receivedOn,
        CaseReviewApplicant appliedBy, String onBehalfOf, LinkedReport applicantReport, int complaintsCounted, int threshold,
        List<LinkedReport> reports, CaseReviewStatus status, LocalDate acknowledgedOn, LocalDate decidedOn,
        Boolean thresholdMet, String decisionReason, LocalDate meetingOn, String recommendations, Integer recommendationCount,
        LocalDate closedOn, List<CaseReviewClock> clocks, long version) {

    public boolean mayAcknowledge() {
        return status == CaseReviewStatus.RECEIVED;
    }

    public boolean mayDecide() {
        return status == CaseReviewStatus.RECEIVED || status == CaseReviewStatus.ACKNOWLEDGED;
    }

    public boolean mayHoldMeeting() {
        return status == CaseReviewStatus.REVIEW_TO_MEET;
    }

    public boolean mayClose() {
        return status == CaseReviewStatus.THRESHOLD_NOT_MET || status == CaseReviewStatus.REVIEW_HELD;
    }
}
