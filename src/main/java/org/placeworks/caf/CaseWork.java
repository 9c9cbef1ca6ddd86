package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.CaseRule;
import org.placeworks.caf.internal.ConsentGiver;
import org.placeworks.caf.internal.CaseViews;
import org.placeworks.caf.internal.Findings;
import org.placeworks.caf.internal.Need;
import org.placeworks.caf.internal.PlanAction;
import org.placeworks.caf.internal.ProgressEntry;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyId;
import org.placeworks.family.PersonId;
import org.placeworks.family.PersonView;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;

/**
 * The work on a case after the referral: consent, assessment, the team, the plan, reviews, step
 * up and closure. Each change checks access and the version the worker saw, calls the case, and
 * writes the timeline and the audit trail in the same transaction.
 */
@ApplicationScoped
public class CaseWork {

    @Inject
    CaseGate gate;

    @Inject
    AccessPolicy policy;

    @Inject
    CaseJournal journal;

    @Inject
    CaseViews views;

    @Inject
    Families families;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    CurrentStaff current;

    @Inject
    CafSettings settings;

    @Inject
    org.placeworks.shared.BankHolidays bankHolidays;

    @Inject
    Event<CaseClosed> closed;

    @Inject
    CaseLoops loops;

    @Inject
    org.placeworks.caf.internal.ReferrerNotice referrer;

    @Inject
    CaseTransfers transfers;

    /** The case's version and needs, for a change to post back, read without opening (and auditing) the whole case. */
    @Transactional
    public CaseRevision revision(UUID caseId) {
        CafCase c = gate.changeable(caseId).kase();
        return new CaseRevision(c.version(), c.needs().stream().map(Need::id).toList());
    }

    @Transactional
    public void recordConsent(UUID caseId, ConsentCommand command) {
        CafCase c = editable(caseId, command.version());
        c.checkAwaitingConsent();
        LocalDate on = command.givenOn();
        Map<String, String> problems = new LinkedHashMap<>();
        if (on != null && on.isBefore(c.referredOn())) {
            problems.put("givenOn", "Consent cannot be given before the request for support (" + c.referredOn() + ")");
        }
        Terms terms = terms(c, command, problems);
        LocalDate due = new WorkingDays(bankHolidays).after(on, settings.assessmentWorkingDays());
        c.recordConsent(terms.givers(), on, terms.purposes(), command.panelDiscussion(), terms.allowed(), terms.refused(), due,
                views.clock().instant(), current.username());
        journal.changed(c, "Consent given by " + terms.names() + "; assessment due " + due);
    }

    /**
     * A new version of the consent in force: amended (what the family agreed changed) or renewed
     * (agreed again). Staff of an agency the family now refuses leave the team, and a lead
     * professional from it stops leading, at once.
     */
    @Transactional
    public void amendConsent(UUID caseId, ConsentChange change, ConsentCommand command) {
        CafCase c = editable(caseId, command.version());
        Map<String, String> problems = new LinkedHashMap<>();
        Terms terms = terms(c, command, problems);
        ConsentChange kind = change == null ? ConsentChange.AMENDED : change;
        if (kind == ConsentChange.GIVEN) {
            throw new InvalidInput("change", "Consent is given once; later versions amend or renew it");
        }
        c.amendConsent(kind, terms.givers(), command.givenOn(), terms.purposes(), command.panelDiscussion(), terms.allowed(),
                terms.refused(), views.clock().instant(), current.username());
        journal.changed(c, "Consent " + kind.label().toLowerCase() + " by " + terms.names() + " (version " + c.consents().size() + ")");
        endSharesOfRefusedAgencies(c, terms.refused());
    }

    /** What a version of consent says, checked: the field each problem belongs to is named. */
    private record Terms(List<ConsentGiver> givers, String names, String purposes, Set<UUID> allowed, Set<UUID> refused) {
    }

    private Terms terms(CafCase c, ConsentCommand command, Map<String, String> problems) {
        LocalDate on = command.givenOn();
        if (on == null) {
            problems.put("givenOn", "Enter the date consent was given");
        } else if (on.isAfter(views.today())) {
            problems.put("givenOn", "The date consent was given must be today or in the past");
        }
        List<ConsentGiver> givers = new java.util.ArrayList<>();
        List<ConsentCommand.Consenter> consenters = command.consenters() == null ? List.of() : command.consenters();
        for (ConsentCommand.Consenter who : consenters) {
            if (who == null) {
                continue;
            }
            if (who.youngPersonId() != null) {
                youngPerson(c, who, on, problems).ifPresent(givers::add);
            } else if (who.name() != null && !who.name().isBlank()) {
                givers.add(new ConsentGiver(who.name().strip(), null, false, null, null));
            }
        }
        if (givers.isEmpty() && !problems.containsKey("youngPersonId")) {
            problems.put("givenBy", "Enter the name of the parent or carer who gave consent");
        }
        if (command.purposes() == null || command.purposes().isBlank()) {
            problems.put("purposes", "Enter what the family agreed to (for example assessment, sharing with the named agencies)");
        }
        if (command.panelDiscussion() == null) {
            problems.put("panelDiscussion", "Select whether the family agreed to the case being discussed at the multi-agency panel");
        }
        Set<UUID> allowed = command.allowedAgencies() == null ? Set.of() : command.allowedAgencies();
        Set<UUID> refused = command.refusedAgencies() == null ? Set.of() : command.refusedAgencies();
        if (allowed.stream().anyMatch(refused::contains)) {
            problems.put("refusedAgencies", "An agency cannot be both allowed and refused");
        }
        if (!allowed.stream().allMatch(services::hasAgency)) {
            problems.put("allowedAgencies", "Select agencies from the list");
        }
        UUID ownersAgency = services.findService(c.owningServiceId()).map(ServiceView::agencyId).orElse(null);
        if (refused.contains(ownersAgency)) {
            problems.put("refusedAgencies", "The case is held by a service of that agency: move the case to another "
                    + "service before recording that the family refused it");
        }
        if (!refused.stream().allMatch(services::hasAgency)) {
            problems.put("refusedAgencies", "Select agencies from the list");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String names = givers.stream().map(ConsentGiver::name).collect(Collectors.joining(" and "));
        return new Terms(givers, names, command.purposes().strip(), allowed, refused);
    }

    /** A young person of the case for themselves: 16 or over, or under 16 and judged competent (who judged, and why). */
    private java.util.Optional<ConsentGiver> youngPerson(CafCase c, ConsentCommand.Consenter who, LocalDate on,
            Map<String, String> problems) {
        PersonView young = families.person(new PersonId(who.youngPersonId()));
        if (!c.children().contains(young.id())) {
            problems.put("youngPersonId", "Select a young person the case is about");
            return java.util.Optional.empty();
        }
        if (on != null && young.ageOn(on) < 16) {
            boolean judged = who.competenceJudgedBy() != null && !who.competenceJudgedBy().isBlank();
            boolean why = who.competenceReason() != null && !who.competenceReason().isBlank();
            if (!judged && !why) {
                problems.put("youngPersonId", young.fullName() + " is under 16: a parent or carer must give consent, unless "
                        + "a practitioner judged them competent to consent for themselves");
                return java.util.Optional.empty();
            }
            if (!judged) {
                problems.put("competenceJudgedBy", "Enter who judged " + young.fullName() + " competent to consent");
            }
            if (!why) {
                problems.put("competenceReason", "Enter why " + young.fullName() + " was judged competent to consent");
            }
            return java.util.Optional.of(new ConsentGiver(young.fullName(), young.id(), true,
                    judged ? who.competenceJudgedBy().strip() : null, why ? who.competenceReason().strip() : null));
        }
        return java.util.Optional.of(new ConsentGiver(young.fullName(), young.id(), true, null, null));
    }

    /** Refusing an agency ends its shares at once: its staff leave the team and stop leading the case. */
    private void endSharesOfRefusedAgencies(CafCase c, Set<UUID> refused) {
        if (refused.isEmpty()) {
            return;
        }
        Set<UUID> people = new java.util.LinkedHashSet<>(c.currentTeam());
        if (c.leadProfessionalId() != null) {
            people.add(c.leadProfessionalId());
        }
        staff.names(people).values().stream().filter(s -> s.agencyId() != null && refused.contains(s.agencyId())).forEach(s -> {
            if (c.currentTeam().contains(s.id())) {
                c.leave(s.id(), views.today());
            }
            if (s.id().equals(c.leadProfessionalId())) {
                c.appointLeadProfessional(null);
            }
            unshareWith(c, s.id(), "the family refused " + s.agencyName());
            journal.changed(c, s.name() + " no longer works on the case: the family refused " + s.agencyName());
        });
    }

    @Transactional
    public void withdrawConsent(UUID caseId, LocalDate on, String note, Long version) {
        CafCase c = editable(caseId, version);
        LocalDate day = on == null ? views.today() : on;
        c.nextStepRange(views.today()).check("withdrawnOn", "The date consent was withdrawn", day);
        c.withdrawConsent(day, blankToNull(note));
        endSharing(c, "consent withdrawn");
        journal.changed(c, "Consent withdrawn: case closed");
        referrer.tell(c, "The case has now closed. Outcome: " + c.closureReason().label() + ".", current.username());
        closed.fire(CaseClosed.of(c));
    }

    @Transactional
    public void recordAssessment(UUID caseId, AssessmentCommand command) {
        CafCase c = editable(caseId, command.version());
        Map<String, String> problems = new LinkedHashMap<>();
        Map<UUID, Score> scores = command.baselineScores() == null ? Map.of() : command.baselineScores();
        scores.forEach((needId, score) -> {
            if (score == null) {
                problems.put(NeedProblems.score(needId), "Score each need from 1 (severe) to 10 (no concern)");
            }
        });
        var newNeeds = command.newNeeds() == null ? java.util.List.<NeedCommand>of() : command.newNeeds();
        for (int i = 0; i < newNeeds.size(); i++) {
            if (newNeeds.get(i).headline() == null) {
                problems.put("newNeeds[" + i + "].headline", "Select the headline outcome for the new need");
            }
            UUID child = newNeeds.get(i).childId();
            if (child != null && !c.children().contains(child)) {
                problems.put("newNeeds[" + i + "].childId", "Select a child the case is about");
            }
        }
        NeedDetails details = NeedDetails.checked(c, command.goals(), command.childOf(), problems);
        LocalDate completedOn = command.completedOn() == null ? views.today() : command.completedOn();
        if (command.complete() && completedOn.isAfter(views.today())) {
            problems.put("completedOn", "The assessment cannot be completed on a date in the future");
        } else if (command.complete() && c.consentGivenOn() != null && completedOn.isBefore(c.consentGivenOn())) {
            problems.put("completedOn", "The assessment cannot be completed before consent was given (" + c.consentGivenOn() + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<CafElement, Findings> found = new EnumMap<>(CafElement.class);
        for (CafElement element : CafElement.values()) {
            String strengths = blankToNull(command.strengths() == null ? null : command.strengths().get(element));
            String needs = blankToNull(command.needs() == null ? null : command.needs().get(element));
            if (strengths != null || needs != null) {
                found.put(element, new Findings(strengths, needs));
            }
        }
        Map<UUID, Score> baseline = new LinkedHashMap<>(scores);
        for (NeedCommand need : newNeeds) {
            if (need.description() != null && !need.description().isBlank()) {
                c.attributeNeed(c.addNeed(need.description().strip(), need.headline()).id(), need.childId());
            }
        }
        c.recordAssessment(found, baseline, blankToNull(command.childsVoice()), blankToNull(command.familyViews()));
        details.applyTo(c);
        if (command.complete()) {
            c.completeAssessment(completedOn, completedOn.plusWeeks(settings.firstReviewWeeks()));
            c.reassessBy(completedOn.plusMonths(settings.reassessmentMonths()));
            journal.changed(c, "Assessment completed; first review due " + c.nextReviewDueOn());
        } else {
            journal.changed(c, "Assessment saved");
        }
    }

    @Transactional
    public void appointLeadProfessional(UUID caseId, UUID staffId, Long version) {
        CafCase c = editable(caseId, version);
        StaffName lead = activeStaff(staffId, "leadProfessionalId", "Select the lead professional");
        refuseAgencyWithoutConsent(c, lead, "leadProfessionalId");
        UUID previous = c.leadProfessionalId();
        c.appointLeadProfessional(staffId);
        if (previous != null && !previous.equals(staffId) && !c.currentTeam().contains(previous)) {
            unshareWith(c, previous, "no longer the lead professional");
        }
        shareWith(c, staffId, "lead professional");
        journal.changed(c, lead.name() + " is the lead professional");
    }

    /** A member of the Team Around the Family sees this case and its family, and no more. */
    @Transactional
    public void addTeamMember(UUID caseId, UUID staffId, Long version) {
        CafCase c = editable(caseId, version);
        StaffName member = activeStaff(staffId, "staffId", "Select the member of staff to add to the team");
        refuseAgencyWithoutConsent(c, member, "staffId");
        if (c.join(staffId, views.today())) {
            shareWith(c, staffId, "Team Around the Family");
            journal.changed(c, member.name() + (member.agencyName() == null ? "" : " (" + member.agencyName() + ")")
                    + " joined the Team Around the Family");
        }
    }

    @Transactional
    public void removeTeamMember(UUID caseId, UUID staffId, Long version) {
        CafCase c = editable(caseId, version);
        c.leave(staffId, views.today());
        if (!staffId.equals(c.leadProfessionalId())) {
            unshareWith(c, staffId, "left the Team Around the Family");
        }
        String name = staff.names(Set.of(staffId)).values().stream().map(StaffName::name).findFirst().orElse("A member");
        journal.changed(c, name + " left the Team Around the Family");
    }

    @Transactional
    public void addAction(UUID caseId, ActionCommand command) {
        CafCase c = editable(caseId, command.version());
        Map<String, String> problems = new LinkedHashMap<>();
        StaffName owner = checkAction(c, command, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        addAction(c, command, owner, "ownerStaffId");
    }

    /** The action's problems, each on its field after {@code prefix} ("actions[0]." for a row of a list); its owner when known. */
    StaffName checkAction(CafCase c, ActionCommand command, String prefix, Map<String, String> problems) {
        if (command.needId() == null) {
            problems.put(prefix + "needId", "Select the need the action serves");
        } else if (c.needs().stream().noneMatch(n -> n.id().equals(command.needId()))) {
            problems.put(prefix + "needId", "Select one of the case's needs");
        }
        if (command.description() == null || command.description().isBlank()) {
            problems.put(prefix + "description", "Describe the action");
        }
        if (command.dueOn() == null) {
            problems.put(prefix + "dueOn", "Enter the date the action is due");
        } else {
            DateRange.due(views.today()).notBefore(c.referredOn(), "the request for support")
                    .problem("The due date", command.dueOn()).ifPresent(p -> problems.put(prefix + "dueOn", p));
        }
        StaffName owner = command.ownerStaffId() == null ? null : staff.names(Set.of(command.ownerStaffId())).get(command.ownerStaffId());
        if (owner == null || !owner.active()) {
            problems.put(prefix + "ownerStaffId", "Select who owns the action");
        }
        return owner;
    }

    /** Adds a checked action to the plan; its owner joins the Team Around the Family if they are not on it. */
    PlanAction addAction(CafCase c, ActionCommand command, StaffName owner, String ownerField) {
        refuseAgencyWithoutConsent(c, owner, ownerField);
        PlanAction action = c.addAction(command.needId(), command.description().strip(), owner.id(), owner.agencyId(), command.dueOn());
        if (!c.currentTeam().contains(owner.id()) && !owner.id().equals(c.leadProfessionalId())) {
            c.join(owner.id(), views.today());
            shareWith(c, owner.id(), "Team Around the Family");
        }
        journal.changed(c, "Action added for " + owner.name() + ", due " + action.dueOn() + ": " + action.description());
        return action;
    }

    /** The case's own service may update any action; a member of the team only the actions they own. */
    @Transactional
    public void progressAction(UUID caseId, UUID actionId, ActionStatus status, Long version) {
        CaseGate.Opened opened = gate.readable(caseId);
        CafCase c = opened.kase();
        PlanAction action = c.action(actionId);
        if (!opened.mayChange() && !(opened.decision().may(CaseRule.Right.OWN_ACTIONS)
                && action.ownerStaffId().equals(gate.myId().orElse(null)))) {
            throw new Forbidden("You can only update the actions you own on this case.");
        }
        StaleEdit.check("action", version, action.version());
        if (status == null) {
            throw new InvalidInput("status", "Select the action's status");
        }
        c.progressAction(actionId, status);
        journal.changed(c, "Action \"" + action.description() + "\" is now " + status.label().toLowerCase());
    }

    @Transactional
    public void recordReview(UUID caseId, ReviewCommand command) {
        CafCase c = editable(caseId, command.version());
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate heldOn = command.heldOn();
        if (heldOn == null) {
            problems.put("heldOn", "Enter the date of the review");
        } else {
            c.nextStepRange(views.today()).problem("The review date", heldOn).ifPresent(p -> problems.put("heldOn", p));
        }
        Map<UUID, ProgressEntry> progress = new LinkedHashMap<>();
        for (Need need : c.needs()) {
            Progress p = command.progress() == null ? null : command.progress().get(need.id());
            Score score = command.scores() == null ? null : command.scores().get(need.id());
            if (p == null) {
                problems.put(NeedProblems.progress(need.id()), "Select the progress on \"" + need.description() + "\"");
            }
            if (score == null) {
                problems.put(NeedProblems.score(need.id()), "Give \"" + need.description() + "\" a new score from 1 to 10");
            }
            if (p != null && score != null) {
                progress.put(need.id(), new ProgressEntry(p, score.value()));
            }
        }
        c.checkReviewable();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate next = heldOn.plusMonths(settings.reviewIntervalMonths());
        c.review(heldOn, blankToNull(command.summary()), current.username(), progress, next);
        journal.changed(c, "Review held on " + heldOn + "; next review due " + next);
    }

    /** Asks to step the case up (see {@link CaseLoops#stepUp}); kept for callers that have no MASH reference to give. */
    public StepTaken stepUp(UUID caseId, LocalDate on, String reason, Long version) {
        return loops.stepUp(caseId, new StepUpCommand(on, reason, null, version));
    }

    /** Closes the case, or asks for a manager's sign-off first when its service wants that (see {@link CaseLoops#close}). */
    public StepTaken close(UUID caseId, ClosureCommand command) {
        return loops.close(caseId, command);
    }

    /**
     * A manager of the owning service moves the case to another service that delivers Early
     * Intervention and whose boundary holds the family's address, at once, by the same rule as a
     * transfer ({@link CaseTransfers#receiver}); an offer awaiting an answer is settled by it. Recorded on
     * the timeline and audited.
     */
    @Transactional
    public void reassign(UUID caseId, UUID serviceId, String reason, Long version) {
        CaseGate.Opened opened = gate.readable(caseId);
        CafCase c = opened.kase();
        if (!opened.decision().may(CaseRule.Right.REASSIGN)) {
            throw new Forbidden("Only a manager of " + services.findService(c.owningServiceId()).map(ServiceView::name)
                    .orElse("the owning service") + " can move this case to another service.");
        }
        StaleEdit.check("case", version, c.version());
        Map<String, String> problems = new LinkedHashMap<>();
        if (serviceId == null) {
            problems.put("owningServiceId", "Select the service that takes the case on");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Enter why the case is moving to another service");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ServiceView from = services.findService(c.owningServiceId()).orElseThrow();
        ServiceView to = transfers.receiver(serviceId, opened.family(), "owningServiceId");
        c.reassign(to.id());
        transfers.settleByDirectMove(c, to.id());
        journal.changed(c, "Moved from " + from.name() + " to " + to.name() + ": " + reason.strip());
    }

    /** The services a case could move to: they deliver Early Intervention and their boundary holds the family. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> possibleOwners(UUID caseId) {
        CaseGate.Opened opened = gate.readable(caseId);
        return services.ownersFor(Strand.EARLY_INTERVENTION, opened.family().address()).stream()
                .filter(s -> !s.id().equals(opened.kase().owningServiceId())).toList();
    }

    private CafCase editable(UUID caseId, Long version) {
        CafCase c = gate.changeable(caseId).kase();
        StaleEdit.check("case", version, c.version());
        return c;
    }

    private StaffName activeStaff(UUID staffId, String field, String message) {
        StaffName name = staffId == null ? null : staff.names(Set.of(staffId)).get(staffId);
        if (name == null || !name.active()) {
            throw new InvalidInput(field, message);
        }
        return name;
    }

    /** Staff from outside the case's boundary see it, and its family, only because they were added to it; recorded. */
    private void shareWith(CafCase c, UUID staffId, String why) {
        policy.share(CaseGate.KIND, c.id(), staffId, why + " of " + c.reference());
        // The family's timeline is read by people who may only know the case exists: its reference stays off it.
        families.share(new FamilyId(c.familyId()), staffId, why + " of an early help case");
    }

    private void unshareWith(CafCase c, UUID staffId, String why) {
        policy.unshare(CaseGate.KIND, c.id(), staffId, why);
        families.unshare(new FamilyId(c.familyId()), staffId, why + ": an early help case");
    }

    /** A closed case is no longer shared with its team or its lead professional. */
    void endSharing(CafCase c, String why) {
        java.util.Set<UUID> people = new java.util.LinkedHashSet<>(c.currentTeam());
        if (c.leadProfessionalId() != null) {
            people.add(c.leadProfessionalId());
        }
        people.forEach(member -> unshareWith(c, member, why));
    }

    /**
     * Sharing rests on the consent in force now: nobody joins the case, leads it or owns an action
     * before the family has agreed, nor from an agency the family refused.
     */
    private static void refuseAgencyWithoutConsent(CafCase c, StaffName member, String field) {
        CaseRule.Consent consent = c.consentInForce();
        if (!consent.inForce()) {
            throw new InvalidInput(field, "The family has not given consent yet: the case cannot be shared with "
                    + member.name() + " until they do");
        }
        if (member.agencyId() != null && consent.refused().contains(member.agencyId())) {
            throw new InvalidInput(field, "The family did not agree to share the case with " + member.agencyName());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
