package org.placeworks.caf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.placeworks.family.FamilyView;
import org.placeworks.family.PersonView;

/**
 * Everything the case page shows. {@code canEdit}: the reader may change the case itself;
 * {@code canReassign}: they may move it to another service; {@code teamMember}: they see it as a
 * member of its Team Around the Family; {@code loop}: the referral decision, sign-off and step up.
 */
public record CaseView(UUID id, String reference, CaseStatus status, FamilyView family, List<PersonView> children,
        String owningService, LocalDate referredOn, String referrerName, String referrerAgency, String referrerEmail,
        String referrerPhone, String reason, boolean steppedDown, ConsentView consent, LocalDate assessmentDueOn,
        LocalDate assessmentCompletedOn, List<FindingView> findings, String childsVoice, String familyViews,
        List<NeedView> needs, StaffRef leadProfessional, List<TeamMemberView> team, List<ActionView> actions,
        List<ReviewView> reviews, LocalDate nextReviewDueOn, LocalDate closedOn, ClosureReason closureReason,
        String closureNote, String nextDue, LocalDate nextDueOn, boolean overdue, boolean canEdit, long version,
        boolean canReassign, boolean teamMember, LocalDate reassessmentDueOn, CaseLoop loop) {

    public boolean open() {
        return status != CaseStatus.CLOSED;
    }

    /** Whether a closure, step up or step down awaits a manager's sign-off. */
    public boolean awaitingSignOff() {
        return loop != null && loop.awaitingSignOff() != null;
    }

    /**
     * A version of the family's consent: the one in force (or the last, once withdrawn) with the
     * earlier versions, newest first, in {@code earlier}; every version is kept.
     */
    public record ConsentView(String givenBy, boolean byYoungPerson, LocalDate givenOn, String purposes,
            List<String> allowedAgencies, List<String> refusedAgencies, LocalDate withdrawnOn, boolean panelDiscussion,
            int number, ConsentChange change, List<String> givers, List<ConsentView> earlier) {
    }

    public record FindingView(CafElement element, String strengths, String needs) {
    }

    /** A need: {@code goal} is null until one is set; {@code child} names the child it is about (null: the whole family). */
    public record NeedView(UUID id, String description, HeadlineOutcome headline, Integer baselineScore,
            Integer currentScore, NeedOutcome outcome, Goal goal, UUID childId, String child) {
    }

    public record StaffRef(UUID id, String name, String agency) {
    }

    public record TeamMemberView(StaffRef member, LocalDate joinedOn, LocalDate leftOn) {
        public boolean current() {
            return leftOn == null;
        }
    }

    public record ActionView(UUID id, UUID needId, String need, String description, StaffRef owner, LocalDate dueOn,
            ActionStatus status, boolean overdue, boolean mine, long version) {
    }

    public record ReviewView(UUID id, LocalDate heldOn, String summary, String recordedBy, List<ProgressView> progress) {
    }

    /** A need's progress at a review, against its goal (null when none was set). */
    public record ProgressView(String need, Progress progress, int score, Goal goal) {
    }
}
