package org.placeworks.caf.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.ActionStatus;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.ConsentChange;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.ReferralDecision;
import org.placeworks.caf.SignOffKind;
import org.placeworks.caf.SignOffState;
import org.placeworks.caf.Score;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.caf.NeedProblems;

/**
 * An early help case: the aggregate that guards the CAF cycle. Referral, consent, assessment,
 * plan and reviews, closure: each step checks the state it starts from, so an illegal transition
 * is refused and nothing changes.
 */
@Entity
@Table(name = "caf_case")
public class CafCase {

    @Id
    UUID id;

    String reference;

    @Column(name = "family_id")
    UUID familyId;

    @Column(name = "owning_service_id")
    UUID owningServiceId;

    @Enumerated(EnumType.STRING)
    CaseStatus status;

    @Column(name = "referred_on")
    LocalDate referredOn;

    @Column(name = "referrer_name")
    String referrerName;

    @Column(name = "referrer_agency_id")
    UUID referrerAgencyId;

    @Column(name = "referrer_email")
    String referrerEmail;

    @Column(name = "referrer_phone")
    String referrerPhone;

    String reason;

    @Column(name = "stepped_down")
    boolean steppedDown;

    @Column(name = "consent_given_on")
    LocalDate consentGivenOn;

    @Column(name = "consent_withdrawn_on")
    LocalDate consentWithdrawnOn;

    @Column(name = "assessment_due_on")
    LocalDate assessmentDueOn;

    @Column(name = "assessment_completed_on")
    LocalDate assessmentCompletedOn;

    @Column(name = "childs_voice")
    String childsVoice;

    @Column(name = "family_views")
    String familyViews;

    @Column(name = "lead_professional_id")
    UUID leadProfessionalId;

    @Column(name = "next_review_due_on")
    LocalDate nextReviewDueOn;

    @Column(name = "reassessment_due_on")
    LocalDate reassessmentDueOn;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    ClosureReason closureReason;

    @Column(name = "closure_note")
    String closureNote;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "caf_case_child", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "person_id")
    Set<UUID> children = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("number")
    // Sets, not lists, here and for the reviews: the case page reads each with its own collections in one statement
    // (CafCaseRepository.forAccessDecision, readConsentsAndReviews), and a list (a bag) fetched beside them would repeat
    // its elements.
    Set<ConsentVersion> consents = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("position")
    List<Need> needs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "caf_assessment_element", joinColumns = @JoinColumn(name = "case_id"))
    @MapKeyColumn(name = "element")
    @MapKeyEnumerated(EnumType.STRING)
    Map<CafElement, Findings> findings = new EnumMap<>(CafElement.class);

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("joinedOn")
    // Sets, as are the sign-offs and the calls to the referrer: the three are read together in one statement
    // (CafCaseRepository.forAccessDecision), which would repeat the elements of a list read beside the others.
    Set<TeamMember> team = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("dueOn")
    List<PlanAction> actions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("heldOn desc")
    Set<Review> reviews = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_decision")
    ReferralDecision referralDecision;

    @Column(name = "referral_decided_on")
    LocalDate referralDecidedOn;

    @Column(name = "referral_decision_note")
    String referralDecisionNote;

    @Column(name = "allocated_worker_id")
    UUID allocatedWorkerId;

    @Column(name = "previous_case_id")
    UUID previousCaseId;

    @Column(name = "mash_reference")
    String mashReference;

    @Column(name = "stepped_up_on")
    LocalDate steppedUpOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_step_up")
    CaseStatus statusBeforeStepUp;

    @Column(name = "step_up_not_accepted")
    String stepUpNotAccepted;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("requestedAt")
    Set<SignOff> signOffs = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("createdOn")
    Set<ReferrerCall> calls = new LinkedHashSet<>();

    @Version
    long version;

    protected CafCase() {
    }

    /** A request for support, received on a day, for some of a family's children, with the needs it names. */
    public CafCase(String reference, UUID familyId, UUID owningServiceId, Referrer referrer, String reason,
            Set<UUID> children, Map<String, HeadlineOutcome> needs, LocalDate referredOn, boolean steppedDown,
            Instant at, String by) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.familyId = familyId;
        this.owningServiceId = owningServiceId;
        this.referrerName = referrer.name();
        this.referrerAgencyId = referrer.agencyId();
        this.referrerEmail = referrer.email();
        this.referrerPhone = referrer.phone();
        this.reason = reason;
        this.children.addAll(children);
        needs.forEach(this::addNeedUnchecked);
        this.referredOn = referredOn;
        this.steppedDown = steppedDown;
        this.status = CaseStatus.AWAITING_CONSENT;
        this.createdAt = at;
        this.createdBy = by;
    }

    // --- Consent -------------------------------------------------------------------------

    /** Consent is first recorded only while the case awaits it. */
    public void checkAwaitingConsent() {
        require(CaseStatus.AWAITING_CONSENT, "record consent");
    }

    /** Informed consent opens the assessment, due a number of working days later; it is version 1. */
    public void recordConsent(List<ConsentGiver> givers, LocalDate on, String purposes, boolean panelDiscussion,
            Set<UUID> allowedAgencies, Set<UUID> refusedAgencies, LocalDate assessmentDue, Instant at, String by) {
        require(CaseStatus.AWAITING_CONSENT, "record consent");
        consents.add(new ConsentVersion(consents.size() + 1, ConsentChange.GIVEN, on, givers, purposes, panelDiscussion,
                allowedAgencies, refusedAgencies, at, by));
        consentGivenOn = on;
        assessmentDueOn = assessmentDue;
        status = CaseStatus.ASSESSMENT;
    }

    /** A new version of the consent in force (amended or renewed); every earlier version is kept. */
    public ConsentVersion amendConsent(ConsentChange change, List<ConsentGiver> givers, LocalDate on, String purposes,
            boolean panelDiscussion, Set<UUID> allowedAgencies, Set<UUID> refusedAgencies, Instant at, String by) {
        requireOpen(change == ConsentChange.RENEWED ? "renew consent" : "amend consent");
        ConsentVersion current = currentConsent().orElseThrow(() -> new Conflict(
                "The family has not given consent yet: record their consent first."));
        if (on.isBefore(current.givenOn())) {
            throw new InvalidInput("givenOn", "The date cannot be before the consent in force (" + current.givenOn() + ")");
        }
        ConsentVersion next = new ConsentVersion(consents.size() + 1, change, on, givers, purposes, panelDiscussion,
                allowedAgencies, refusedAgencies, at, by);
        consents.add(next);
        return next;
    }

    /** The newest version, while consent is in force: none before it is given or once it is withdrawn. */
    public Optional<ConsentVersion> currentConsent() {
        if (consentGivenOn == null || consentWithdrawnOn != null || consents.isEmpty()) {
            return Optional.empty();
        }
        return consents.stream().max(Comparator.comparingInt(ConsentVersion::number));
    }

    /** Every version, oldest first. */
    public List<ConsentVersion> consents() {
        return consents.stream().sorted(Comparator.comparingInt(ConsentVersion::number)).toList();
    }

    /** Early help is voluntary: withdrawing consent closes the case. */
    public void withdrawConsent(LocalDate on, String note) {
        requireOpen("withdraw consent");
        consentWithdrawnOn = on;
        closeWith(ClosureReason.CONSENT_WITHDRAWN, on, note);
    }

    /** The consent in force now, as the case rule reads it. */
    public CaseRule.Consent consentInForce() {
        return currentConsent().map(v -> new CaseRule.Consent(true, v.allowed(), v.refused())).orElse(CaseRule.Consent.NONE);
    }

    // --- Ownership ----------------------------------------------------------------------------

    /** Moves the case to another service; whether that service may hold it is the caller's check against its boundary. */
    public void reassign(UUID serviceId) {
        requireOpen("move the case to another service");
        if (serviceId.equals(owningServiceId)) {
            throw new InvalidInput("owningServiceId", "The case is already held by that service");
        }
        owningServiceId = serviceId;
    }

    // --- Assessment ---------------------------------------------------------------------------

    public Need addNeed(String description, HeadlineOutcome headline) {
        requireOpen("add a need");
        return addNeedUnchecked(description, headline);
    }

    private Need addNeedUnchecked(String description, HeadlineOutcome headline) {
        Need need = new Need(needs.size() + 1, description, headline);
        needs.add(need);
        return need;
    }

    /** Saves the assessment so far; completing it needs a baseline score for every need and opens the plan. */
    public void recordAssessment(Map<CafElement, Findings> found, Map<UUID, Score> baselineScores, String childsVoice,
            String familyViews) {
        if (status != CaseStatus.ASSESSMENT) {
            throw new Conflict(status == CaseStatus.AWAITING_CONSENT
                    ? "The assessment cannot start until the family has given consent."
                    : "The assessment of case " + reference + " cannot be changed while it is " + status.label().toLowerCase() + ".");
        }
        findings.clear();
        findings.putAll(found);
        baselineScores.forEach((needId, score) -> need(needId).baseline(score.value()));
        this.childsVoice = childsVoice;
        this.familyViews = familyViews;
    }

    public void completeAssessment(LocalDate on, LocalDate firstReviewDue) {
        require(CaseStatus.ASSESSMENT, "complete the assessment");
        Map<String, String> problems = new LinkedHashMap<>();
        for (Need need : needs) {
            if (need.baselineScore() == null) {
                problems.put(NeedProblems.score(need.id()), "Score the need \"" + need.description() + "\" from 1 to 10");
            }
        }
        if (findings.isEmpty()) {
            problems.put("findings", "Record strengths or needs for at least one element of the assessment");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        assessmentCompletedOn = on;
        nextReviewDueOn = firstReviewDue;
        status = CaseStatus.ACTIVE_PLAN;
    }

    /** When the family is next re-assessed. */
    public void reassessBy(LocalDate due) {
        reassessmentDueOn = due;
    }

    /**
     * A re-assessment of a case with an active plan: new findings and a new score for every need
     * replace the assessment in force (the caller keeps that one as history); the plan goes on.
     */
    public void reassess(Map<CafElement, Findings> found, Map<UUID, Score> scores, String childsVoice, String familyViews,
            LocalDate on, LocalDate nextReassessment) {
        if (status == CaseStatus.CLOSED) {
            throw new Conflict("Case " + reference + " is closed: it cannot be re-assessed.");
        }
        require(CaseStatus.ACTIVE_PLAN, "re-assess the family");
        Map<String, String> problems = new LinkedHashMap<>();
        for (Need need : needs) {
            if (!scores.containsKey(need.id())) {
                problems.put(NeedProblems.score(need.id()), "Score the need \"" + need.description() + "\" from 1 to 10");
            }
        }
        if (found.isEmpty()) {
            problems.put("findings", "Record strengths or needs for at least one element of the assessment");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        findings.clear();
        findings.putAll(found);
        scores.forEach((needId, score) -> need(needId).rescore(score.value()));
        this.childsVoice = childsVoice;
        this.familyViews = familyViews;
        assessmentCompletedOn = on;
        reassessmentDueOn = nextReassessment;
    }

    /** The goal for a need: what will be different and how it will be measured (null clears it). */
    public void setGoal(UUID needId, org.placeworks.caf.Goal goal) {
        requireOpen("set a goal");
        need(needId).aimFor(goal);
    }

    /** A need about one of the case's children (null: the whole family). */
    public void attributeNeed(UUID needId, UUID childId) {
        requireOpen("say which child a need is about");
        if (childId != null && !children.contains(childId)) {
            throw new InvalidInput(NeedProblems.child(needId), "Select a child the case is about");
        }
        need(needId).attributeTo(childId);
    }

    // --- Lead professional and Team Around the Family -----------------------------------------

    public void appointLeadProfessional(UUID staffId) {
        requireOpen("appoint a lead professional");
        leadProfessionalId = staffId;
    }

    /** Adds a member to the team; false when they are already on it. */
    public boolean join(UUID staffId, LocalDate on) {
        requireOpen("add a member to the Team Around the Family");
        if (currentTeam().contains(staffId)) {
            return false;
        }
        team.add(new TeamMember(staffId, on));
        return true;
    }

    public void leave(UUID staffId, LocalDate on) {
        TeamMember member = team.stream().filter(m -> m.current() && m.staffId().equals(staffId)).findFirst()
                .orElseThrow(() -> new NotFound("Team Around the Family member", staffId));
        member.leave(on);
    }

    public Set<UUID> currentTeam() {
        Set<UUID> current = new LinkedHashSet<>();
        team.stream().filter(TeamMember::current).forEach(m -> current.add(m.staffId()));
        return current;
    }

    // --- Plan -------------------------------------------------------------------------------

    public PlanAction addAction(UUID needId, String description, UUID ownerStaffId, UUID ownerAgencyId, LocalDate dueOn) {
        require(CaseStatus.ACTIVE_PLAN, "add an action to the plan");
        need(needId);
        PlanAction action = new PlanAction(needId, description, ownerStaffId, ownerAgencyId, dueOn);
        actions.add(action);
        return action;
    }

    public PlanAction action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFound("action", actionId));
    }

    public void progressAction(UUID actionId, ActionStatus newStatus) {
        requireOpen("update an action");
        action(actionId).progress(newStatus);
    }

    // --- Reviews ------------------------------------------------------------------------------

    /** A review records progress and a new score for every need; the next is due within the review interval. */
    public Review review(LocalDate heldOn, String summary, String by, Map<UUID, ProgressEntry> progress, LocalDate nextDue) {
        checkReviewable();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Need need : needs) {
            if (!progress.containsKey(need.id())) {
                problems.put(NeedProblems.progress(need.id()), "Record progress and a new score for \"" + need.description() + "\"");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        progress.forEach((needId, entry) -> need(needId).rescore(entry.score()));
        Review review = new Review(heldOn, summary, by, progress);
        reviews.add(review);
        nextReviewDueOn = nextDue;
        return review;
    }

    /** Reviews follow a completed assessment and stop when the case closes. */
    public void checkReviewable() {
        if (status == CaseStatus.CLOSED) {
            throw new Conflict("Case " + reference + " is closed: it cannot be reviewed.");
        }
        require(CaseStatus.ACTIVE_PLAN, "record a review");
    }

    // --- Step up, closure -------------------------------------------------------------------------

    /** When the next step of the case may be dated: after every step already recorded, and not in the future. */
    public DateRange nextStepRange(LocalDate today) {
        DateRange range = DateRange.past(today).notBefore(referredOn, "the request for support")
                .notBefore(consentGivenOn, "the date consent was given")
                .notBefore(assessmentCompletedOn, "the date the assessment was completed");
        LocalDate lastReview = reviews.stream().map(Review::heldOn).max(LocalDate::compareTo).orElse(null);
        return range.notBefore(lastReview, "the last review");
    }

    /** Significant harm found: the case goes to children's social care and closes here. */
    public void stepUp(LocalDate on, String reason) {
        requireOpen("step up");
        closeWith(ClosureReason.STEPPED_UP, on, reason);
    }

    /**
     * Closing by choice records the outcome of every need; a case that never reached consent closes
     * without outcomes (there was no early help to measure), and none are stored.
     */
    public void close(ClosureReason reason, LocalDate on, Map<UUID, NeedOutcome> outcomes, String note) {
        checkClosure(reason, outcomes);
        if (consentGivenOn != null) {
            needs.forEach(n -> n.close(outcomes.get(n.id())));
        }
        closeWith(reason, on, note);
    }

    /** Whether the case could close for this reason with these outcomes, changing nothing. */
    public void checkClosure(ClosureReason reason, Map<UUID, NeedOutcome> outcomes) {
        requireOpen("close");
        if (status == CaseStatus.AWAITING_SOCIAL_CARE) {
            throw new Conflict("Case " + reference + " is waiting for children's social care to decide on the step up: "
                    + "record their decision first.");
        }
        if (reason == null || !reason.chosenAtClosure()) {
            throw new InvalidInput("reason", "Select why the case is closing");
        }
        if (consentGivenOn == null) {
            if (!outcomes.isEmpty()) {
                throw new InvalidInput("outcomes", "The family never gave consent, so there are no outcomes to record");
            }
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (Need need : needs) {
            if (outcomes.get(need.id()) == null) {
                problems.put(NeedProblems.outcome(need.id()), "Select the outcome for \"" + need.description() + "\"");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Whether the closure form asks for outcomes: only once the family consented to early help. */
    public boolean outcomesAsked() {
        return consentGivenOn != null;
    }

    // --- Referral decision ------------------------------------------------------------------------

    /**
     * The service's decision on a new request for support: accepted and allocated to a worker, or
     * declined or signposted (the case closes, never having become early help). Decided once.
     */
    public void decideReferral(ReferralDecision decision, LocalDate on, UUID worker, String note) {
        require(CaseStatus.AWAITING_CONSENT, "decide on the referral");
        if (referralDecision != null) {
            throw new Conflict("The referral for case " + reference + " was already " + referralDecision.label().toLowerCase() + ".");
        }
        referralDecision = decision;
        referralDecidedOn = on;
        referralDecisionNote = note;
        switch (decision) {
            case ACCEPTED -> allocatedWorkerId = worker;
            case DECLINED -> closeWith(ClosureReason.REFERRAL_DECLINED, on, note);
            case SIGNPOSTED -> closeWith(ClosureReason.SIGNPOSTED, on, "Signposted to " + note);
        }
    }

    /** A family's case closed within the last year: this request is a re-referral of it. */
    public void reReferralOf(UUID previous) {
        previousCaseId = previous;
    }

    // --- Sign-off ------------------------------------------------------------------------------------

    /** The request awaiting a manager, if any. */
    public Optional<SignOff> awaitingSignOff() {
        return signOffs.stream().filter(SignOff::awaiting).findFirst();
    }

    /** Asks a manager to authorise a closure, step up or step down; one request at a time. */
    public SignOff askSignOff(SignOffKind kind, ClosureReason reason, LocalDate on, String note, String mash,
            Map<UUID, NeedOutcome> outcomes, Instant at, String by) {
        requireOpen("ask for sign-off");
        awaitingSignOff().ifPresent(s -> {
            throw new Conflict("Case " + reference + " is already awaiting a manager's sign-off of its "
                    + s.kind().label().toLowerCase() + ".");
        });
        SignOff request = new SignOff(kind, reason, on, note, mash, outcomes, at, by);
        signOffs.add(request);
        return request;
    }

    /** A manager authorises the request: the step it asked for is taken now. */
    public SignOff signOff(String oversight, Instant at, String by) {
        SignOff request = awaitingSignOff().orElseThrow(() -> new Conflict("Case " + reference + " has nothing awaiting sign-off."));
        request.decide(SignOffState.SIGNED_OFF, oversight, at, by);
        switch (request.kind()) {
            case CLOSURE -> close(request.closureReason(), request.stepOn(), request.outcomes(), request.note());
            case STEP_UP -> referToSocialCare(request.stepOn(), request.mashReference(), request.note());
            case STEP_DOWN -> { }
        }
        return request;
    }

    /** A manager sends the request back with the reason; the case carries on as it was. */
    public SignOff sendBack(String reason, Instant at, String by) {
        SignOff request = awaitingSignOff().orElseThrow(() -> new Conflict("Case " + reference + " has nothing awaiting sign-off."));
        request.decide(SignOffState.SENT_BACK, reason, at, by);
        return request;
    }

    /** Oldest request first. */
    public List<SignOff> signOffs() {
        return signOffs.stream().sorted(Comparator.comparing(SignOff::requestedAt)).toList();
    }

    // --- Step up to children's social care -----------------------------------------------------------

    /** Whether the case could step up now, changing nothing. */
    public void checkStepUp() {
        requireOpen("step up");
        if (status == CaseStatus.AWAITING_SOCIAL_CARE) {
            throw new Conflict("Case " + reference + " has already stepped up and awaits children's social care's decision.");
        }
    }

    /** The step up is made: the case stays open, awaiting children's social care, with the MASH reference. */
    public void referToSocialCare(LocalDate on, String mash, String reason) {
        checkStepUp();
        statusBeforeStepUp = status;
        status = CaseStatus.AWAITING_SOCIAL_CARE;
        steppedUpOn = on;
        mashReference = mash;
        stepUpNotAccepted = null;
        closureNote = reason;
    }

    /** Children's social care accepted the case: it closes here as stepped up. */
    public void socialCareAccepted(LocalDate on, String note) {
        require(CaseStatus.AWAITING_SOCIAL_CARE, "record children's social care's decision");
        closeWith(ClosureReason.STEPPED_UP, on, note == null ? closureNote : note);
    }

    /** Children's social care did not accept it: back to early help where it was, with their reason. */
    public void socialCareNotAccepted(String reason) {
        require(CaseStatus.AWAITING_SOCIAL_CARE, "record children's social care's decision");
        status = statusBeforeStepUp == null ? CaseStatus.ASSESSMENT : statusBeforeStepUp;
        statusBeforeStepUp = null;
        stepUpNotAccepted = reason;
        closureNote = null;
    }

    // --- Telling the referrer ------------------------------------------------------------------------

    /** The referrer has no email address: a worker must phone them. */
    public ReferrerCall callReferrer(String assignedTo, String about, LocalDate on) {
        ReferrerCall call = new ReferrerCall(assignedTo, about, on);
        calls.add(call);
        return call;
    }

    public ReferrerCall openCall() {
        return calls.stream().filter(ReferrerCall::open).findFirst()
                .orElseThrow(() -> new Conflict("There is no call to the referrer waiting on case " + reference + "."));
    }

    public void callMade(LocalDate on, String by) {
        openCall().done(on, by);
    }

    /** Oldest first; calls made the same day in the order they were asked for. */
    public List<ReferrerCall> calls() {
        return calls.stream().sorted(Comparator.comparing(ReferrerCall::createdOn)).toList();
    }

    private void closeWith(ClosureReason reason, LocalDate on, String note) {
        status = CaseStatus.CLOSED;
        closureReason = reason;
        closedOn = on;
        closureNote = note;
        nextReviewDueOn = null;
        actions.stream().filter(a -> a.status().open()).forEach(a -> a.progress(ActionStatus.CANCELLED));
    }

    // --- What is due ---------------------------------------------------------------------------------

    /** The next thing due on the case, if any. */
    public Optional<Due> nextDue() {
        return Due.of(status, assessmentDueOn, reassessmentDueOn, nextReviewDueOn);
    }

    /** A merged duplicate person: the case follows the record kept. */
    public boolean replaceChild(UUID mergedPersonId, UUID keptPersonId) {
        if (children.remove(mergedPersonId)) {
            children.add(keptPersonId);
            needs.forEach(n -> n.replaceChild(mergedPersonId, keptPersonId));
            return true;
        }
        return false;
    }

    // --- Guards -------------------------------------------------------------------------------------

    private void require(CaseStatus expected, String action) {
        if (status != expected) {
            throw new Conflict("You cannot " + action + " on case " + reference + " while it is "
                    + status.label().toLowerCase() + ".");
        }
    }

    private void requireOpen(String action) {
        if (status == CaseStatus.CLOSED) {
            throw new Conflict("Case " + reference + " is closed: you cannot " + action + ".");
        }
    }

    public Need need(UUID needId) {
        return needs.stream().filter(n -> n.id().equals(needId)).findFirst()
                .orElseThrow(() -> new InvalidInput("needId", "Select one of the case's needs"));
    }

    // --- Reading -----------------------------------------------------------------------------------

    public UUID id() { return id; }
    public String reference() { return reference; }
    public UUID familyId() { return familyId; }
    public UUID owningServiceId() { return owningServiceId; }
    public CaseStatus status() { return status; }
    public LocalDate referredOn() { return referredOn; }
    public Referrer referrer() { return new Referrer(referrerName, referrerAgencyId, referrerEmail, referrerPhone); }
    public String reason() { return reason; }
    public boolean steppedDown() { return steppedDown; }
    public LocalDate consentGivenOn() { return consentGivenOn; }
    public LocalDate consentWithdrawnOn() { return consentWithdrawnOn; }
    public LocalDate assessmentDueOn() { return assessmentDueOn; }
    public LocalDate assessmentCompletedOn() { return assessmentCompletedOn; }
    public String childsVoice() { return childsVoice; }
    public String familyViews() { return familyViews; }
    public UUID leadProfessionalId() { return leadProfessionalId; }
    public LocalDate nextReviewDueOn() { return nextReviewDueOn; }
    public LocalDate reassessmentDueOn() { return reassessmentDueOn; }
    public LocalDate closedOn() { return closedOn; }
    public ClosureReason closureReason() { return closureReason; }
    public String closureNote() { return closureNote; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Set<UUID> children() { return children; }
    public List<Need> needs() { return needs; }
    public Map<CafElement, Findings> findings() { return findings; }
    /** In the order they joined. */
    public List<TeamMember> team() { return team.stream().sorted(Comparator.comparing(TeamMember::joinedOn)).toList(); }
    public List<PlanAction> actions() { return actions; }
    /** The reviews, the latest first (of two held on one day, the one recorded later: a new review is added last). */
    public List<Review> reviews() {
        List<Review> latestFirst = new ArrayList<>(reviews);
        java.util.Collections.reverse(latestFirst);
        latestFirst.sort(Comparator.comparing(Review::heldOn).reversed());
        return List.copyOf(latestFirst);
    }
    public long version() { return version; }
    public ReferralDecision referralDecision() { return referralDecision; }
    public LocalDate referralDecidedOn() { return referralDecidedOn; }
    public String referralDecisionNote() { return referralDecisionNote; }
    public UUID allocatedWorkerId() { return allocatedWorkerId; }
    public UUID previousCaseId() { return previousCaseId; }
    public String mashReference() { return mashReference; }
    public LocalDate steppedUpOn() { return steppedUpOn; }
    public String stepUpNotAccepted() { return stepUpNotAccepted; }
}
