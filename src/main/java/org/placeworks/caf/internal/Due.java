package org.placeworks.caf.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.placeworks.caf.CaseStatus;

/** The next thing due on a case; no date when it waits on the family. */
public record Due(String what, LocalDate on) {

    /**
     * What is due next on a case in this state with these dates. Case lists order by the same date, kept by the
     * database as {@code caf_case.list_due_on} (migration V32); {@code CaseListOrderTest} holds the two together.
     */
    public static Optional<Due> of(CaseStatus status, LocalDate assessmentDueOn, LocalDate reassessmentDueOn,
            LocalDate nextReviewDueOn) {
        return switch (status) {
            case AWAITING_CONSENT -> Optional.of(new Due("Get the family's consent", null));
            case AWAITING_SOCIAL_CARE -> Optional.of(new Due("Record children's social care's decision", null));
            case ASSESSMENT -> Optional.of(new Due("Complete the assessment", assessmentDueOn));
            case ACTIVE_PLAN -> reassessmentDueOn != null && nextReviewDueOn != null && reassessmentDueOn.isBefore(nextReviewDueOn)
                    ? Optional.of(new Due("Re-assess the family", reassessmentDueOn))
                    : Optional.of(new Due("Review the plan", nextReviewDueOn));
            case CLOSED -> Optional.empty();
        };
    }
}
