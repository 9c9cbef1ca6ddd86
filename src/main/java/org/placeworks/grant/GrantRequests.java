package org.placeworks.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseId;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.grant.internal.Fund;
import org.placeworks.grant.internal.GrantAccess;
import org.placeworks.grant.internal.GrantAwards;
import org.placeworks.grant.internal.FundLedger;
import org.placeworks.grant.internal.FundRepository;
import org.placeworks.grant.internal.GrantRequest;
import org.placeworks.grant.internal.GrantRequestRepository;
import org.placeworks.grant.internal.Payment;
import org.placeworks.grant.internal.PaymentRepository;
import org.placeworks.grant.internal.ReceiptCheck;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.panel.AgendaItemRef;
import org.placeworks.panel.AgendaSubject;
import org.placeworks.panel.ItemKind;
import org.placeworks.panel.MeetingId;
import org.placeworks.panel.PanelIntake;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Money;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.ServiceUnavailable;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;

/**
 * Grant requests from early help cases: asking, deciding (by the panel, or by the chair within the
 * delegated limit), and paying. A request is visible to whoever may see its case. Approvals lock
 * the fund's row, so the fund can never be overspent however many are approved at once.
 */
@ApplicationScoped
public class GrantRequests {

    public static final String KIND = "grant-request";

    @Inject
    GrantRequestRepository requests;

    @Inject
    FundRepository funds;

    @Inject
    PaymentRepository payments;

    @Inject
    CafCases cases;

    @Inject
    Instance<PanelIntake> panel;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    GrantAccess access;

    @Inject
    FundLedger ledger;

    @Transactional
    public UUID request(GrantRequestCommand c) {
        CaseView kase = requestableCase(c);
        Map<String, String> problems = problemsWith(c, kase);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Fund fund = fundFor(c);
        UUID livesIn = kase.family().address() == null ? null : kase.family().address().neighbourhoodId();
        GrantRequest r = new GrantRequest(fund.id(), kase.id(), kase.family().id(), livesIn, c.needId(), c.item().strip(), c.category(),
                c.amountPence(), blankToNull(c.supplier()), c.cannotPayEvidence().strip(), c.otherSourcesTried().strip(),
                current.username(), clock.instant());
        requests.persist(r);
        audit.record(AuditAction.CREATE, KIND, r.id(), "Grant request of " + Money.format(r.amountPence()) + " for "
                + r.item() + " on case " + kase.reference());
        return r.id();
    }

    /** Everything wrong with a request, field by field, without saving it (forms add their own parsing errors). */
    @Transactional
    public Map<String, String> problemsWith(GrantRequestCommand c) {
        return problemsWith(c, requestableCase(c));
    }

    private CaseView requestableCase(GrantRequestCommand c) {
        return caseToAskFor(c.caseId());
    }

    /** The case, if the caller may ask for a grant for it: its own service, with a plan; checked before a form is read. */
    @Transactional
    public CaseView caseToAskFor(UUID caseId) {
        if (caseId == null) {
            throw new InvalidInput("caseId", "Choose the case the grant is for");
        }
        CaseView kase = cases.find(new CaseId(caseId));
        if (!kase.canEdit()) {
            throw new Forbidden("Only the case's own service can ask for a grant for it.");
        }
        if (kase.status() != CaseStatus.ACTIVE_PLAN) {
            throw new Conflict("A grant needs an up-to-date plan with the need it meets: case " + kase.reference()
                    + " is " + kase.status().label().toLowerCase() + ".");
        }
        return kase;
    }

    private Map<String, String> problemsWith(GrantRequestCommand c, CaseView kase) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fund fund = null;
        try {
            fund = fundFor(c);
        } catch (InvalidInput e) {
            problems.putAll(e.errors());
        }
        if (fund != null && fund.closed()) {
            problems.put("fundId", fund.name() + " " + fund.year().label() + " is closed for the year and takes no new requests");
            fund = null;
        }
        if (c.needId() == null || kase.needs().stream().noneMatch(n -> n.id().equals(c.needId()))) {
            problems.put("needId", "Select the need in the plan that the item meets");
        }
        if (blank(c.item())) {
            problems.put("item", "Enter what the grant will buy, like a second pair of glasses");
        }
        if (c.category() == null) {
            problems.put("category", "Select the category");
        }
        if (c.amountPence() == null || c.amountPence() <= 0) {
            problems.put("amount", "Enter the amount, like 40.00");
        } else if (fund != null && c.amountPence() > fund.maxAwardPence()) {
            problems.put("amount", "The most one award can be is " + Money.format(fund.maxAwardPence()));
        }
        if (blank(c.cannotPayEvidence())) {
            problems.put("cannotPayEvidence", "Say how you know the family cannot pay");
        }
        if (blank(c.otherSourcesTried())) {
            problems.put("otherSourcesTried", "Say which other sources were tried first (pupil premium, charities, welfare funds)");
        }
        return problems;
    }

    private Fund fundFor(GrantRequestCommand c) {
        return c.fundId() == null ? currentFund()
                : funds.findByIdOptional(c.fundId()).filter(access::sees)
                        .orElseThrow(() -> new InvalidInput("fundId", "Select a fund"));
    }

    /**
     * Lists the request for the panel of the case's locality: a step of its own after the request is
     * saved, so that a panel that cannot take it yet never loses the request.
     */
    @Transactional
    public AgendaItemRef bringToPanel(UUID requestId) {
        GrantRequest r = find(requestId);
        fundOf(r);
        return bringToPanel(r, cases.find(new CaseId(r.caseId())));
    }

    private AgendaItemRef bringToPanel(GrantRequest r, CaseView kase) {
        if (!panel.isResolvable()) {
            throw new ServiceUnavailable("The panel is not available, so the request cannot be listed yet.");
        }
        AgendaItemRef item = panel.get().bring(new CaseId(kase.id()), ItemKind.GRANT_REQUEST,
                "Grant request: " + r.item() + ", " + Money.format(r.amountPence()), new AgendaSubject(KIND, r.id()));
        r.listedAt(item.itemId());
        audit.record(AuditAction.UPDATE, KIND, r.id(), "Listed for the panel meeting on " + item.meetingDate());
        return item;
    }

    @Transactional
    public GrantRequestView view(UUID requestId) {
        GrantRequest r = find(requestId);
        Fund fund = fundOf(r);
        if (access.financeOnly()) {
            // Finance pays from the fund and does not read early help cases: the request without its case.
            audit.record(AuditAction.VIEW, KIND, r.id(), "Viewed grant request for payment from " + fund.name());
            return view(r, null, fund, payments.ofRequest(r.id()).orElse(null));
        }
        CaseView kase = cases.find(new CaseId(r.caseId()));
        audit.record(AuditAction.VIEW, KIND, r.id(), "Viewed grant request for case " + kase.reference());
        return view(r, kase, fund, payments.ofRequest(r.id()).orElse(null));
    }

    /** The request's current version, for forms and callers that post it back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long version(UUID requestId) {
        return find(requestId).version();
    }

    @Inject
    org.placeworks.organisation.AccessPolicy policy;

    /**
     * Subject access: every grant request on a case (from {@code CafCases.forSubjectAccess}), from any fund, for the data
     * protection officer only (the access policy decides; 404 for anyone else); audited as an export.
     */
    @Transactional
    public List<GrantRequestView> forSubjectAccess(CaseView kase) {
        policy.requireSubjectAccessOfficer();
        return requests.onCase(kase.id()).stream().map(r -> {
            audit.record(AuditAction.EXPORT, "grant-request", r.request().id(), "Compiled for a subject access request");
            return view(r.request(), kase, r.fund(), r.payment());
        }).toList();
    }

    @Transactional
    public List<GrantRequestView> forCase(UUID caseId) {
        return forCase(cases.find(new CaseId(caseId)));
    }

    /** The requests on a case the caller has already opened (and so may see), without reading it again. */
    @Transactional
    public List<GrantRequestView> forCase(CaseView kase) {
        return requests.onCase(kase.id()).stream().filter(r -> access.sees(r.fund()))
                .map(r -> view(r.request(), kase, r.fund(), r.payment())).toList();
    }

    @Transactional
    public void decide(UUID requestId, DecisionCommand c) {
        GrantRequest r = find(requestId);
        // The fund is read under its row lock from the start: a copy read earlier could be stale by the time
        // the lock is taken, and approvals against it queue here.
        Fund owner = lockedFundOf(r);
        CaseView kase = cases.find(new CaseId(r.caseId()));
        if (!current.has(Roles.PANEL_CHAIR)) {
            throw new Forbidden("Only the panel chair records decisions on grants.");
        }
        access.requireMayDecide(owner, r, c.route() == DecisionRoute.CHAIR);
        StaleEdit.check("grant request", c.version(), r.version());
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.route() == null) {
            problems.put("route", "Select who is deciding");
        }
        if (c.outcome() == null) {
            problems.put("outcome", "Select the decision");
        }
        if (blank(c.reason())) {
            problems.put("reason", "Give the reason for the decision");
        }
        if (c.outcome() == DecisionOutcome.APPROVE_LOWER
                && (c.amountPence() == null || c.amountPence() <= 0 || c.amountPence() >= r.amountPence())) {
            problems.put("amount", "Enter a lower amount than the " + Money.format(r.amountPence()) + " asked for");
        }
        if (c.route() == DecisionRoute.PANEL && c.meetingId() == null) {
            problems.put("meetingId", "Select the meeting at which the panel decided");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (c.route() == DecisionRoute.PANEL) {
            if (!panel.isResolvable()) {
                throw new ServiceUnavailable("The panel is not available, so its decision cannot be recorded.");
            }
            org.placeworks.panel.MeetingRef meeting = panel.get().requireDecidable(new MeetingId(c.meetingId()));
            if (!meeting.panelId().equals(owner.panelId())) {
                throw new InvalidInput("meetingId", meeting.panelName() + " does not decide grants from " + owner.name()
                        + ": select a meeting of the panel that does.");
            }
            if (!panel.get().onAgenda(new MeetingId(c.meetingId()), new CaseId(r.caseId()))) {
                throw new Conflict("Case " + kase.reference() + " is not on that meeting's agenda, so the panel has not heard it. "
                        + "Take it to panel first, or record the chair's decision if it is within the delegated limit.");
            }
        }
        // The fund was read under its row lock: its totals and this family's awards cannot change under this approval.
        Fund fund = owner;
        long amount = c.outcome() == DecisionOutcome.APPROVE_LOWER ? c.amountPence() : r.amountPence();
        if (c.route() == DecisionRoute.CHAIR && c.outcome() != DecisionOutcome.DECLINE && amount > fund.chairLimitPence()) {
            throw new InvalidInput("amount", Money.format(amount) + " is above the chair's delegated limit of "
                    + Money.format(fund.chairLimitPence()) + ": the panel must decide this request at a meeting.");
        }
        LocalDate today = this.today.date();
        if (c.outcome() == DecisionOutcome.DECLINE) {
            GrantAwards.decline(r, c.route(), c.meetingId(), c.reason().strip(), current.username(), today);
        } else {
            GrantAwards.approve(fund, r, amount, requests.awardedToFamily(r.familyId(), fund.year().startYear()), c.route(),
                    c.meetingId(), c.reason().strip(), current.username(), today);
            ledger.commitment(fund, r, amount, "Award approved by " + c.route().label().toLowerCase() + ": " + r.item());
        }
        audit.record(AuditAction.UPDATE, KIND, r.id(), c.outcome().label() + " by " + c.route().label().toLowerCase()
                + (c.outcome() == DecisionOutcome.DECLINE ? "" : ": " + Money.format(amount)) + " on case " + kase.reference()
                + ". Reason: " + c.reason().strip());

        if (c.route() == DecisionRoute.PANEL) {
            // One decision: the panel's item about this request says the same (nothing to do when it already does).
            panel.get().subjectDecided(new MeetingId(c.meetingId()), new AgendaSubject(KIND, r.id()),
                    c.outcome() != DecisionOutcome.DECLINE, c.reason().strip());
        }
    }

    /**
     * The panel decided the request on its item at a meeting: recorded here as the panel's decision, with every
     * rule of {@link #decide} (the chair of the fund's panel, in session and quorate, the fund's limits under its
     * lock). {@code amountPence} lower than asked approves a lower amount; {@code fundId}, if given, must be the
     * request's own fund.
     */
    @Transactional
    public void decideAtPanel(UUID requestId, MeetingId meetingId, boolean awarded, Long amountPence, UUID fundId,
            String reasons) {
        GrantRequest r = find(requestId);
        if (fundId != null && !fundId.equals(r.fundId())) {
            throw new InvalidInput("fundId", "The request is for " + fundOf(r).name() + ": award it from that fund");
        }
        if (amountPence != null && amountPence > r.amountPence()) {
            throw new InvalidInput("awardPence", "The panel can award at most the " + Money.format(r.amountPence()) + " asked for");
        }
        boolean lower = awarded && amountPence != null && amountPence < r.amountPence();
        decide(requestId, new DecisionCommand(DecisionRoute.PANEL, meetingId.value(),
                !awarded ? DecisionOutcome.DECLINE : lower ? DecisionOutcome.APPROVE_LOWER : DecisionOutcome.APPROVE,
                lower ? amountPence : null, reasons, r.version()));
    }

    /** What was decided on the request, in words for the panel's agenda and minutes (empty: not decided). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> decisionInWords(UUID requestId) {
        return requests.findByIdOptional(requestId).filter(r -> r.decidedOn() != null).map(r -> {
            String fund = funds.findByIdOptional(r.fundId()).map(Fund::name).orElse("the fund");
            return r.approvedPence() == null ? "Declined: " + r.item()
                    : Money.format(r.approvedPence()) + " awarded from " + fund + " for " + r.item();
        });
    }

    @Transactional
    public void pay(UUID requestId, PaymentCommand c) {
        GrantRequest r = find(requestId);
        Fund fund = lockedFundOf(r);
        access.requireMayPay(fund, r);
        StaleEdit.check("grant request", c.version(), r.version());
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.method() == null) {
            problems.put("method", "Select how it was paid");
        }
        if (blank(c.reference())) {
            problems.put("reference", "Enter the payment reference (card transaction, voucher number or invoice)");
        }
        LocalDate today = this.today.date();
        if (c.paidOn() == null) {
            problems.put("paidOn", "Enter the date it was paid");
        } else {
            DateRange.past(today).notBefore(r.decidedOn(), "the date the grant was approved")
                    .problem("The payment date", c.paidOn()).ifPresent(p -> problems.put("paidOn", p));
        }
        if (c.amountPence() == null || c.amountPence() <= 0) {
            problems.put("amount", "Enter the amount paid, like 38.50");
        } else if (r.approvedPence() != null && c.amountPence() > r.approvedPence()) {
            problems.put("amount", "Pay at most the " + Money.format(r.approvedPence())
                    + " approved; a larger amount needs a new decision");
        }
        Receipt receipt = null;
        try {
            receipt = ReceiptCheck.check(c.receiptName(), c.receipt());
        } catch (InvalidInput e) {
            problems.putAll(e.errors());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long approved = r.approvedPence() == null ? 0 : r.approvedPence();
        GrantAwards.pay(fund, r, c.amountPence());
        ledger.payment(fund, r, approved, c.amountPence(), "Paid by " + c.method().label().toLowerCase() + " for " + r.item()
                + ", reference " + c.reference().strip());
        payments.persist(new Payment(r.id(), c.method(), c.reference().strip(), c.paidOn(), c.amountPence(), receipt,
                current.username(), clock.instant()));
        audit.record(AuditAction.UPDATE, KIND, r.id(), "Paid " + Money.format(c.amountPence()) + " by "
                + c.method().label().toLowerCase() + " from " + fund.name() + ", reference " + c.reference().strip());
    }

    /**
     * Cancels an approved award before it is paid, with the reason: its commitment goes back to the fund
     * (read under the fund's row lock). Who may cancel is checked first (404, 403), then the version and
     * whether the award can still be cancelled (409: one already paid cannot), then the reason (422).
     */
    @Transactional
    public void cancel(UUID requestId, CancelCommand c) {
        GrantRequest r = find(requestId);
        Fund fund = lockedFundOf(r);
        access.requireMayCancel(fund);
        StaleEdit.check("grant request", c.version(), r.version());
        r.requireCancellable();
        if (blank(c.reason())) {
            throw new InvalidInput("reason", "Give the reason for cancelling the award");
        }
        long released = r.committedPence();
        GrantAwards.cancel(fund, r, c.reason().strip(), current.username(), today.date());
        ledger.release(fund, r, released, "Award cancelled: " + c.reason().strip());
        audit.record(AuditAction.UPDATE, KIND, r.id(), "Cancelled the award of " + Money.format(released) + " from "
                + fund.name() + "; the commitment went back to the fund. Reason: " + c.reason().strip());
    }

    /** The receipt, for whoever may see the case; each download is audited. */
    @Transactional
    public Receipt receipt(UUID requestId) {
        GrantRequest r = find(requestId);
        fundOf(r);
        if (!access.financeOnly()) {
            cases.find(new CaseId(r.caseId()));
        }
        Payment payment = payments.ofRequest(r.id()).orElseThrow(() -> new NotFound("receipt for grant request", requestId));
        audit.record(AuditAction.VIEW, KIND, r.id(), "Downloaded the receipt");
        return payment.receipt();
    }

    /**
     * Requests awaiting a decision on cases the reader may see: only those requests are read, and caf is
     * asked which of their cases the reader sees (one listing, one audit entry), never every case they see.
     */
    @Transactional
    public List<AwaitingDecision> awaitingDecision() {
        if (access.financeOnly()) {
            return List.of();
        }
        List<GrantRequest> waiting = requests.awaitingDecision(access.visibleFundIds());
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<UUID, org.placeworks.caf.CafCases.CaseLine> visible = cases.seenAmong(
                waiting.stream().map(GrantRequest::caseId).collect(java.util.stream.Collectors.toSet()),
                "cases with grant requests awaiting a decision");
        return waiting.stream().filter(r -> visible.containsKey(r.caseId())).map(r -> {
            var kase = visible.get(r.caseId());
            return new AwaitingDecision(r.id(), r.caseId(), kase.reference(), kase.familyName(), r.item(), r.category(),
                    r.amountPence(), r.agendaItemId() != null);
        }).toList();
    }

    /** Approved awards not yet paid from the funds the reader pays for (a finance officer of their service). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwaitingPayment> awaitingPayment() {
        Map<UUID, Fund> payable = new java.util.HashMap<>();
        access.visibleFunds().stream().filter(access.reader()::paysFor).forEach(f -> payable.put(f.id(), f));
        return requests.awaitingPayment(payable.keySet()).stream().map(r -> new AwaitingPayment(r.id(),
                payable.get(r.fundId()).name() + " " + payable.get(r.fundId()).year().label(), r.item(), r.category(),
                r.supplier(), r.approvedPence(), r.decidedOn())).toList();
    }

    /** Panel meetings in session now, at which a panel decision can be recorded. */
    public List<org.placeworks.panel.MeetingRef> meetingsInSession() {
        return panel.isResolvable() ? panel.get().inSession() : List.of();
    }

    /** This financial year's funds, for a request to choose from when there is more than one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundView> fundsThisYear() {
        int year = FinancialYear.of(today.date()).startYear();
        return funds.ofYear(year, access.serviceIds(), access.chairedPanels()).stream().filter(f -> !f.closed())
                .map(f -> FundView.summary(f.id(), f.name(), f.year().label(), f.budgetPence(), f.committedPence(), f.paidPence(),
                        f.maxAwardPence(), f.maxPerFamilyPence(), f.chairLimitPence(), f.version(), f.closedOn(), true)).toList();
    }

    private Fund currentFund() {
        LocalDate today = this.today.date();
        FinancialYear year = FinancialYear.of(today);
        List<Fund> all = funds.ofYear(year.startYear(), access.serviceIds(), access.chairedPanels());
        List<Fund> open = all.stream().filter(f -> !f.closed()).toList();
        if (open.isEmpty() && !all.isEmpty()) {
            throw new InvalidInput("fundId", "The grant fund for " + year.label() + " is closed for the year and takes no new requests.");
        }
        if (open.isEmpty()) {
            throw new InvalidInput("fundId", "There is no grant fund for " + year.label() + " yet. Ask a manager to set one up.");
        }
        if (open.size() > 1) {
            throw new InvalidInput("fundId", "Select the fund: there is more than one for " + year.label());
        }
        return open.get(0);
    }

    /** The request's fund, if the reader may see it; otherwise the request does not exist for them. */
    private Fund fundOf(GrantRequest r) {
        return access.require(funds.findById(r.fundId()), "grant request", r.id());
    }

    private Fund lockedFundOf(GrantRequest r) {
        return access.require(funds.lockedForAward(r.fundId()).orElseThrow(() -> new NotFound("fund", r.fundId())),
                "grant request", r.id());
    }

    private GrantRequest find(UUID id) {
        return requests.findByIdOptional(id).orElseThrow(() -> new NotFound("grant request", id));
    }

    /** The request as the reader may see it; {@code kase} is null for a reader who only does finance (no case, no need). */
    private GrantRequestView view(GrantRequest r, CaseView kase, Fund fund, Payment payment) {
        CaseView.NeedView need = kase == null ? null
                : kase.needs().stream().filter(n -> n.id().equals(r.needId())).findFirst().orElse(null);
        boolean withCase = kase != null;
        return new GrantRequestView(r.id(), r.fundId(), fund == null ? "" : fund.name() + " " + fund.year().label(),
                withCase ? kase.id() : null, withCase ? kase.reference() : "", need == null ? "" : need.description(),
                need == null ? null : need.headline(), need == null ? null : need.baselineScore(),
                need == null ? null : need.currentScore(), need == null ? null : need.outcome(), r.item(), r.category(),
                r.amountPence(), r.supplier(), withCase ? r.cannotPayEvidence() : "", withCase ? r.otherSourcesTried() : "",
                r.status(), r.approvedPence(), r.decisionRoute(), r.meetingId(),
                // The reason speaks of the family's circumstances: finance pays on the approval, not the reasons.
                withCase ? r.decisionReason() : "", r.decidedBy(), r.decidedOn(), r.agendaItemId() != null,
                fund != null && r.amountPence() > fund.chairLimitPence(), r.requestedBy(), r.requestedAt(),
                payment == null ? null : new GrantRequestView.PaymentView(payment.method(), payment.reference(),
                        payment.paidOn(), payment.amountPence(), payment.receiptName()),
                access.askedFor(r), fund != null && access.mayPay(fund, r), fund != null && access.mayCancel(fund),
                r.cancelledReason(), r.cancelledBy(), r.cancelledOn(), r.version());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
