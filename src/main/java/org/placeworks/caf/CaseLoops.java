package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CafCaseRepository;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.CaseRule;
import org.placeworks.caf.internal.CaseScope;
import org.placeworks.caf.internal.CaseViews;
import org.placeworks.caf.internal.ReferrerNotice;
import org.placeworks.caf.internal.SignOff;
import org.placeworks.caf.internal.SignOffPolicy;
import org.placeworks.caf.internal.SignOffPolicyRepository;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;

/**
 * The loops real practice must close on a case: the decision on a new referral and telling the
 * referrer, closure, step up and step down with a manager's sign-off where the service wants it,
 * and children's social care's answer to a step up. Each change checks access first, then the
 * version the worker saw, then what was sent; the timeline and audit trail are written in the same
 * transaction, and emails go out only after it commits.
 *
 * <p>The panel starts a closure or a step up from its decision with {@link #closeFromPanel} and
 * {@link #stepUpFromPanel}.
 */
@ApplicationScoped
public class CaseLoops {

    @Inject
    CaseGate gate;

    @Inject
    CafCaseRepository cases;

    @Inject
    CaseJournal journal;

    @Inject
    CaseViews views;

    @Inject
    CaseWork work;

    @Inject
    ReferrerNotice referrer;

    @Inject
    SignOffPolicyRepository policies;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    AccessPolicy access;

    @Inject
    Families families;

    @Inject
    CurrentStaff current;

    @Inject
    Event<CaseClosed> closed;

    // --- The referral --------------------------------------------------------------------------------

    /** Accepts (allocating a worker of the owning service), declines or signposts a new referral; the referrer is told. */
    @Transactional
    public void decideReferral(UUID caseId, ReferralDecisionCommand command) {
        CafCase c = editable(caseId, command.version());
        ReferralDecision decision = command.decision();
        if (decision == null) {
            throw new InvalidInput("decision", "Select whether the referral is accepted, declined or signposted");
        }
        LocalDate on = command.decidedOn() == null ? views.today() : command.decidedOn();
        c.nextStepRange(views.today()).check("decidedOn", "The date of the decision", on);
        String note = switch (decision) {
            case ACCEPTED -> null;
            case DECLINED -> required(command.reason(), "reason", "Enter why the referral is declined");
            case SIGNPOSTED -> required(command.signpostedTo(), "signpostedTo", "Enter where the family was signposted to");
        };
        UUID worker = null;
        String workerName = null;
        if (decision == ReferralDecision.ACCEPTED) {
            StaffView chosen = command.workerId() == null ? null : staff.membersOf(c.owningServiceId()).stream()
                    .filter(s -> s.active() && s.id().equals(command.workerId())).findFirst().orElse(null);
            if (chosen == null) {
                throw new InvalidInput("workerId", "Select a worker of " + serviceName(c) + " to allocate the case to");
            }
            worker = chosen.id();
            workerName = chosen.name();
        }
        c.decideReferral(decision, on, worker, note);
        switch (decision) {
            case ACCEPTED -> journal.changed(c, "Referral accepted and allocated to " + workerName);
            case DECLINED -> journal.changed(c, "Referral declined: " + note);
            case SIGNPOSTED -> journal.changed(c, "Referral signposted to " + note);
        }
        String news = switch (decision) {
            case ACCEPTED -> "Your request was accepted: a worker from " + serviceName(c) + " has been allocated and will "
                    + "contact the family.";
            case DECLINED -> "Your request was declined. Reason: " + note;
            case SIGNPOSTED -> "Your request was not taken on as early help: the family were signposted to " + note + ".";
        };
        referrer.tell(c, news, current.username());
        if (decision != ReferralDecision.ACCEPTED) {
            work.endSharing(c, "referral " + decision.label().toLowerCase());
            closed.fire(CaseClosed.of(c));
        }
    }

    /** The active staff of the case's owning service, whom a referral may be allocated to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffView> workersFor(UUID caseId) {
        CafCase c = gate.changeable(caseId).kase();
        return staff.membersOf(c.owningServiceId()).stream().filter(StaffView::active).toList();
    }

    // --- Closure, step up, sign-off ------------------------------------------------------------------

    /**
     * Closes the case, or asks a manager to sign the closure off first when its service wants that.
     * Everything is checked now, so a closure signed off later cannot fail for a missing outcome.
     */
    @Transactional
    public StepTaken close(UUID caseId, ClosureCommand command) {
        return close(editable(caseId, command.version()), command, "");
    }

    /**
     * For the panel: starts a closure decided at a panel meeting. The panel has already checked that
     * the chair may decide on the item; the case must still be open and the closure complete (outcomes
     * for every need once the family consented). Signed off like any closure when the service wants it.
     */
    @Transactional
    public StepTaken closeFromPanel(UUID caseId, ClosureCommand command, String meeting) {
        CafCase c = gate.open(caseId).kase();
        return close(c, command, " (decided at " + meeting + ")");
    }

    /**
     * For the panel's chair, who may close the cases on the agenda they run: the needs of each of these cases whose
     * closure asks for outcomes (open, and the family consented), with their ids, in the case's order. One query for
     * the whole agenda and no audit entry of its own: the agenda read that shows them is audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<ClosingNeed>> needsToClose(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ClosingNeed>> needs = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = cases.getEntityManager().createNativeQuery("select n.case_id, n.id, n.description from caf_need n"
                + " join caf_case c on c.id = n.case_id where c.id = any(:ids) and c.status <> 'CLOSED'"
                + " and c.consent_given_on is not null order by n.case_id, n.position")
                .setParameter("ids", Set.copyOf(caseIds).toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> needs.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>())
                .add(new ClosingNeed((UUID) r[1], (String) r[2])));
        return needs;
    }

    private StepTaken close(CafCase c, ClosureCommand command, String source) {
        LocalDate on = command.closedOn() == null ? views.today() : command.closedOn();
        c.nextStepRange(views.today()).check("closedOn", "The closure date", on);
        Map<UUID, NeedOutcome> outcomes = command.outcomes() == null ? Map.of() : command.outcomes();
        c.checkClosure(command.reason(), outcomes);
        String note = blankToNull(command.note());
        if (requires(c, SignOffKind.CLOSURE)) {
            c.askSignOff(SignOffKind.CLOSURE, command.reason(), on, note, null, outcomes, views.clock().instant(), current.username());
            journal.changed(c, "Closure (" + command.reason().label().toLowerCase() + ") asked for" + source
                    + ": awaiting a manager's sign-off");
            return StepTaken.AWAITING_SIGN_OFF;
        }
        c.close(command.reason(), on, outcomes, note);
        closedNow(c, "Closed" + source + ": " + command.reason().label(), current.username());
        return StepTaken.DONE;
    }

    /** Steps the case up to children's social care, or asks a manager to sign it off first; it stays open awaiting their decision. */
    @Transactional
    public StepTaken stepUp(UUID caseId, StepUpCommand command) {
        return stepUp(editable(caseId, command.version()), command, "");
    }

    /** For the panel: starts a step up decided at a panel meeting (see {@link #closeFromPanel}). */
    @Transactional
    public StepTaken stepUpFromPanel(UUID caseId, StepUpCommand command, String meeting) {
        return stepUp(gate.open(caseId).kase(), command, " (decided at " + meeting + ")");
    }

    private StepTaken stepUp(CafCase c, StepUpCommand command, String source) {
        LocalDate on = command.steppedUpOn() == null ? views.today() : command.steppedUpOn();
        c.nextStepRange(views.today()).check("steppedUpOn", "The date", on);
        String reason = required(command.reason(), "reason", "Enter why the case is stepping up to children's social care");
        String mash = required(command.mashReference(), "mashReference", "Enter the reference the MASH gave the referral");
        c.checkStepUp();
        if (requires(c, SignOffKind.STEP_UP)) {
            c.askSignOff(SignOffKind.STEP_UP, null, on, reason, mash, Map.of(), views.clock().instant(), current.username());
            journal.changed(c, "Step up to children's social care (MASH reference " + mash + ") asked for" + source
                    + ": awaiting a manager's sign-off");
            return StepTaken.AWAITING_SIGN_OFF;
        }
        c.referToSocialCare(on, mash, reason);
        journal.changed(c, "Stepped up to children's social care" + source + ", MASH reference " + mash
                + ": awaiting their decision");
        return StepTaken.DONE;
    }

    /**
     * A manager of the owning service signs off (the step is taken now) or sends back (with the
     * reason) what a worker asked for. The worker who asked may not sign off their own request.
     */
    @Transactional
    public void decideSignOff(UUID caseId, SignOffCommand command) {
        CaseGate.Opened opened = gate.readable(caseId);
        CafCase c = opened.kase();
        if (!opened.decision().may(CaseRule.Right.SIGN_OFF)) {
            throw new Forbidden("Only a manager of " + serviceName(c) + " can sign off this case's closure, step up or step down.");
        }
        c.awaitingSignOff().filter(s -> s.requestedBy().equals(current.username())).ifPresent(s -> {
            throw new Forbidden("You asked for this " + s.kind().label().toLowerCase() + ": another manager must sign it off.");
        });
        StaleEdit.check("case", command.version(), c.version());
        if (command.decision() == null || command.decision() == SignOffState.AWAITING) {
            throw new InvalidInput("decision", "Select whether you sign it off or send it back");
        }
        String note = required(command.note(), "note", command.decision() == SignOffState.SIGNED_OFF
                ? "Enter your oversight note" : "Enter why you are sending it back");
        cases.getEntityManager().lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (command.decision() == SignOffState.SENT_BACK) {
            SignOff request = c.sendBack(note, views.clock().instant(), current.username());
            journal.changed(c, request.kind().label() + " sent back by a manager: " + note);
            return;
        }
        SignOff request = c.signOff(note, views.clock().instant(), current.username());
        switch (request.kind()) {
            case CLOSURE -> closedNow(c, "Closed: " + request.closureReason().label() + " (signed off: " + note + ")",
                    request.requestedBy());
            case STEP_UP -> journal.changed(c, "Step up signed off (" + note + "): MASH reference " + request.mashReference()
                    + ", awaiting children's social care's decision");
            case STEP_DOWN -> journal.changed(c, "Step down signed off: " + note);
        }
    }

    /** Children's social care accepted the step up (the case closes as stepped up) or did not (back to early help). */
    @Transactional
    public void socialCareDecided(UUID caseId, SocialCareDecisionCommand command) {
        CafCase c = editable(caseId, command.version());
        if (command.accepted() == null) {
            throw new InvalidInput("accepted", "Select whether children's social care accepted the case");
        }
        LocalDate on = command.decidedOn() == null ? views.today() : command.decidedOn();
        c.nextStepRange(views.today()).check("decidedOn", "The date of their decision", on);
        if (command.accepted()) {
            c.socialCareAccepted(on, blankToNull(command.reason()));
            closedNow(c, "Accepted by children's social care: case closed as stepped up", current.username());
        } else {
            String reason = required(command.reason(), "reason", "Enter why children's social care did not accept the case");
            c.socialCareNotAccepted(reason);
            journal.changed(c, "Not accepted by children's social care: " + reason + ". Back to early help");
        }
    }

    /** A call to the referrer made: by whoever may change the case, or the worker it was set for. */
    @Transactional
    public void referrerCalled(UUID caseId, Long version) {
        CaseGate.Opened opened = gate.readable(caseId);
        CafCase c = opened.kase();
        boolean mine = c.calls().stream().anyMatch(k -> k.open() && k.assignedTo().equals(current.username()));
        if (!opened.mayChange() && !mine) {
            throw new Forbidden("Only " + serviceName(c) + " can mark the call to the referrer as made.");
        }
        StaleEdit.check("case", version, c.version());
        c.callMade(views.today(), current.username());
        cases.getEntityManager().lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        journal.changed(c, "Referrer phoned and told the outcome");
    }

    /** A case opened by step down, for the service's manager to sign off when the service wants that. */
    void steppedDown(CafCase c) {
        if (requires(c, SignOffKind.STEP_DOWN)) {
            c.askSignOff(SignOffKind.STEP_DOWN, null, c.referredOn(), null, null, Map.of(), views.clock().instant(),
                    current.username());
            journal.changed(c, "Step down from children's social care: awaiting a manager's sign-off");
        }
    }

    private void closedNow(CafCase c, String what, String worker) {
        work.endSharing(c, "case closed");
        journal.changed(c, what);
        referrer.tell(c, "The case has now closed. Outcome: " + c.closureReason().label() + ".", worker);
        closed.fire(CaseClosed.of(c));
    }

    // --- Lists -----------------------------------------------------------------------------------------

    /** Cases awaiting the reader's sign-off: of services they manage, asked for by someone else. */
    @Transactional
    public List<CaseSummary> awaitingMySignOff() {
        CaseScope scope = gate.scope();
        if (scope.nobody() || !scope.manager()) {
            return List.of();
        }
        List<UUID> ids = cases.awaitingSignOff(scope.services().stream().map(CaseScope.Ground::serviceId).toList());
        List<CafCase> found = cases.byIds(ids).stream()
                .filter(c -> c.awaitingSignOff().map(s -> !s.requestedBy().equals(current.username())).orElse(false))
                .toList();
        Set<UUID> familyIds = found.stream().map(CafCase::familyId).collect(Collectors.toSet());
        Map<UUID, FamilyHeader> headers = families.headers(familyIds);
        List<CafCase> mine = found.stream().filter(c -> headers.containsKey(c.familyId())
                && gate.decide(c, headers.get(c.familyId()).address()).may(CaseRule.Right.SIGN_OFF)).toList();
        journal.listed(mine.size(), "cases awaiting their sign-off");
        return views.summaries(mine, headers);
    }

    /** Calls to referrers the reader must make, on cases they may still see. */
    @Transactional
    public List<ReferrerCallTask> myCalls() {
        if (!current.signedIn()) {
            return List.of();
        }
        return cases.openCallsFor(current.username(), gate.scope());
    }

    // --- Settings --------------------------------------------------------------------------------------

    /** The sign-off settings of the services the reader may set them for: admins all, managers their own. */
    @Transactional
    public List<SignOffSettings> settingsIMayChange() {
        StaffFacts me = access.staffFacts();
        return services.services().stream().filter(s -> maySet(me, s.id())).map(this::settingsOf).toList();
    }

    @Transactional
    public SignOffSettings settings(UUID serviceId) {
        return settingsOf(settable(serviceId));
    }

    @Transactional
    public SignOffSettings changeSettings(UUID serviceId, boolean closure, boolean stepUp, boolean stepDown, Long version) {
        ServiceView service = settable(serviceId);
        SignOffPolicy policy = policies.of(serviceId);
        StaleEdit.check("setting", version, policy.version());
        policy.set(closure, stepUp, stepDown);
        if (!policies.isPersistent(policy)) {
            policies.persist(policy);
        }
        policies.flush();
        journal.settingsChanged(serviceId, service.name() + " sign-off: closure " + onOff(closure) + ", step up " + onOff(stepUp)
                + ", step down " + onOff(stepDown));
        return settingsOf(service);
    }

    private ServiceView settable(UUID serviceId) {
        ServiceView service = services.findService(serviceId).orElseThrow(() -> new NotFound("service", serviceId));
        if (!maySet(access.staffFacts(), serviceId)) {
            throw new Forbidden("Only a manager of " + service.name() + " or an administrator can change its sign-off settings.");
        }
        return service;
    }

    private boolean maySet(StaffFacts me, UUID serviceId) {
        if (current.has(Roles.ADMIN)) {
            return true;
        }
        return me.staffId() != null && me.active() && current.has(Roles.MANAGER)
                && me.services().stream().anyMatch(s -> s.serviceId().equals(serviceId));
    }

    private SignOffSettings settingsOf(ServiceView service) {
        SignOffPolicy policy = policies.of(service.id());
        return new SignOffSettings(service.id(), service.name(), policy.requires(SignOffKind.CLOSURE),
                policy.requires(SignOffKind.STEP_UP), policy.requires(SignOffKind.STEP_DOWN), policy.version());
    }

    // --- Shared ----------------------------------------------------------------------------------------

    private boolean requires(CafCase c, SignOffKind kind) {
        return policies.of(c.owningServiceId()).requires(kind);
    }

    private CafCase editable(UUID caseId, Long version) {
        CafCase c = gate.changeable(caseId).kase();
        StaleEdit.check("case", version, c.version());
        return c;
    }

    private String serviceName(CafCase c) {
        return services.findService(c.owningServiceId()).map(ServiceView::name).orElse("the owning service");
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, message);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
