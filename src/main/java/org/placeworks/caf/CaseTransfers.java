package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CafCaseRepository;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.CaseRule;
import org.placeworks.caf.internal.CaseTransfer;
import org.placeworks.caf.internal.CaseTransferRepository;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.family.FamilyMoved;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OutsideBoundary;
import org.placeworks.shared.StaleEdit;

/**
 * Moving a case between services that deliver Early Intervention: offered with a reason (by the case's
 * own service or lead professional, or by itself when the family moves out of the owning service's
 * boundary), then accepted or declined with a reason by the receiving service. Until the answer both
 * services see the case. Each step goes on the case's timeline and the audit trail. The service taking
 * a case on must deliver Early Intervention and its boundary must hold the family: {@link #receiver} is
 * that one rule, for an offer and for a manager's direct move alike.
 */
@ApplicationScoped
public class CaseTransfers {

    @Inject
    org.placeworks.organisation.RowScope rows;

    @Inject
    CaseGate gate;

    @Inject
    CafCaseRepository cases;

    @Inject
    CaseTransferRepository transfers;

    @Inject
    CaseJournal journal;

    @Inject
    Families families;

    @Inject
    Services services;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    /** Offers the case to another service; refused (422 on toServiceId) when that service may not hold the family. */
    @Transactional
    public TransferView offer(UUID caseId, TransferCommand command) {
        CaseGate.Opened opened = gate.changeable(caseId);
        CafCase c = opened.kase();
        StaleEdit.check("case", command.version(), c.version());
        if (c.status() == CaseStatus.CLOSED) {
            throw new Conflict("This case is closed: a closed case stays with the service that closed it.");
        }
        Optional<CaseTransfer> pending = transfers.pendingFor(caseId);
        if (pending.isPresent()) {
            throw new Conflict("This case is already offered to " + name(pending.get().toServiceId())
                    + ". Wait for their answer before offering it elsewhere.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.toServiceId() == null) {
            problems.put("toServiceId", "Select the service to offer the case to");
        } else if (command.toServiceId().equals(c.owningServiceId())) {
            problems.put("toServiceId", "The case is already held by " + name(c.owningServiceId()) + ": choose another service");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            problems.put("reason", "Enter why the case should move to another service");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ServiceView to = receiver(command.toServiceId(), opened.family(), "toServiceId");
        if (c.consentInForce().refused().contains(to.agencyId())) {
            throw new InvalidInput("toServiceId", "The family did not agree to share the case with " + to.agencyName()
                    + ", so it cannot be offered to " + to.name());
        }
        CaseTransfer transfer = new CaseTransfer(c.id(), c.owningServiceId(), to.id(), TransferCause.LEAD_AGENCY,
                command.reason().strip(), clock.instant(), current.username());
        transfers.persist(transfer);
        journal.changed(c, "Offered to " + to.name() + ": " + transfer.reason());
        return view(transfer, c, opened.family());
    }

    /** The receiving service accepts (the case is theirs from now) or declines with a reason (it stays where it was). */
    @Transactional
    public TransferView decide(UUID caseId, TransferDecision decision) {
        CaseGate.Opened opened = gate.readable(caseId);
        CafCase c = opened.kase();
        CaseTransfer transfer = transfers.pendingFor(caseId).orElseThrow(() ->
                new Conflict("This case is not offered to another service: there is nothing to accept or decline."));
        if (!opened.decision().may(CaseRule.Right.DECIDE_TRANSFER)) {
            throw new Forbidden("Only " + name(transfer.toServiceId()) + " can accept or decline this case.");
        }
        StaleEdit.check("transfer", decision.version(), transfer.version());
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (decision.accept() == null) {
            throw new InvalidInput("accept", "Select whether your service takes the case on");
        }
        if (!decision.accept() && reason == null) {
            throw new InvalidInput("reason", "Enter why your service cannot take the case on");
        }
        if (decision.accept()) {
            // The family may have moved again since the offer: the receiver must still hold them.
            ServiceView to = receiver(transfer.toServiceId(), opened.family(), "accept");
            transfer.accept(reason, clock.instant(), current.username());
            String from = name(c.owningServiceId());
            c.reassign(to.id());
            journal.changed(c, "Accepted by " + to.name() + ", moved from " + from + (reason == null ? "" : ": " + reason));
        } else {
            transfer.decline(reason, clock.instant(), current.username());
            journal.changed(c, "Declined by " + name(transfer.toServiceId()) + ": " + reason);
        }
        transfers.flush();
        return view(transfer, c, opened.family());
    }

    /** The case's offers, newest first, for someone who may see the case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransferView> ofCase(UUID caseId) {
        CaseGate.Opened opened = gate.readable(caseId);
        return transfers.ofCase(caseId).stream().map(t -> view(t, opened.kase(), opened.family())).toList();
    }

    /** The case's offers (newest first) and what the reader may do about them now: offer it, answer an offer, or neither. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TransferState stateOf(UUID caseId) {
        CaseGate.Opened opened = gate.readable(caseId);
        List<TransferView> history = transfers.ofCase(caseId).stream().map(t -> view(t, opened.kase(), opened.family())).toList();
        Optional<TransferView> pending = history.stream().filter(TransferView::pending).findFirst();
        boolean open = opened.kase().status() != CaseStatus.CLOSED;
        return new TransferState(history, pending.orElse(null), opened.mayChange(), open,
                pending.isPresent() && opened.decision().may(CaseRule.Right.DECIDE_TRANSFER), opened.kase().version(),
                opened.kase().reference(), opened.family().name(), name(opened.kase().owningServiceId()));
    }

    /** The services an offer could go to: they deliver Early Intervention and their boundary holds the family. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> possibleReceivers(UUID caseId) {
        CaseGate.Opened opened = gate.readable(caseId);
        return services.ownersFor(Strand.EARLY_INTERVENTION, opened.family().address()).stream()
                .filter(s -> !s.id().equals(opened.kase().owningServiceId())).toList();
    }

    /** Cases offered to the reader's services and awaiting an answer, oldest first: only those the reader may answer. */
    @Transactional
    public List<TransferView> incoming() {
        Set<UUID> mine = new HashSet<>();
        policy.staffFacts().services().forEach(s -> mine.add(s.serviceId()));
        List<CaseTransfer> offered = policy.staffFacts().active() ? transfers.pendingTo(mine) : List.of();
        Map<UUID, CafCase> byId = new HashMap<>();
        if (!offered.isEmpty()) {
            cases.byIds(offered.stream().map(CaseTransfer::caseId).toList()).forEach(c -> byId.put(c.id(), c));
        }
        Map<UUID, FamilyHeader> headers = families.headers(byId.values().stream().map(CafCase::familyId).toList());
        List<TransferView> result = offered.stream().filter(t -> byId.containsKey(t.caseId()))
                .filter(t -> {
                    CafCase c = byId.get(t.caseId());
                    FamilyHeader family = headers.get(c.familyId());
                    return family != null && gate.decide(c, family.address()).may(CaseRule.Right.DECIDE_TRANSFER);
                })
                .map(t -> view(t, byId.get(t.caseId()), headers.get(byId.get(t.caseId()).familyId())))
                .sorted(Comparator.comparing(TransferView::requestedAt)).toList();
        journal.listed(result.size(), "cases offered to my service");
        return result;
    }

    /**
     * The service that may take the case on: it delivers Early Intervention and its boundary holds the
     * family. The one rule for an offer, its acceptance and a manager's direct move.
     */
    public ServiceView receiver(UUID serviceId, FamilyHeader family, String field) {
        try {
            return services.requireOwner(Strand.EARLY_INTERVENTION, serviceId, family.address());
        } catch (OutsideBoundary e) {
            throw new OutsideBoundary(field, String.join(" ", e.errors().values()));
        }
    }

    /** A manager moved the case at once: an offer awaiting an answer is settled by it. */
    void settleByDirectMove(CafCase c, UUID to) {
        transfers.pendingFor(c.id()).ifPresent(t -> {
            if (t.toServiceId().equals(to)) {
                t.accept("Moved directly by a manager of " + name(t.fromServiceId()), clock.instant(), current.username());
            } else {
                t.withdraw("The case was moved directly to " + name(to), clock.instant(), current.username());
            }
        });
    }

    /**
     * A family moved: each of its open cases whose service does not cover the new place is offered to a
     * service delivering Early Intervention there (the move itself was refused if there is none); an offer
     * that no longer fits the new place is withdrawn. Runs in the move's transaction.
     */
    void familyMoved(@Observes FamilyMoved moved) {
        // The family may now live outside the ground of the person who moved it, and its cases with it: what the move
        // sets going is the rule's work, read past the database's wall.
        rows.acrossBoundaries(() -> {
            offerAfterMove(moved);
            return null;
        });
    }

    private void offerAfterMove(FamilyMoved moved) {
        for (CafCase c : cases.openForFamily(moved.familyId())) {
            Optional<CaseTransfer> pending = transfers.pendingFor(c.id());
            boolean ownerCovers = services.coverageOf(c.owningServiceId()).covers(moved.to());
            if (pending.isPresent() && (ownerCovers || !services.coverageOf(pending.get().toServiceId()).covers(moved.to()))) {
                pending.get().withdraw("The family moved to " + moved.to().oneLine(), clock.instant(), current.username());
                journal.changed(c, "Offer to " + name(pending.get().toServiceId()) + " withdrawn: the family moved to "
                        + moved.to().oneLine());
                transfers.flush();
                pending = Optional.empty();
            }
            if (ownerCovers || pending.isPresent()) {
                continue;
            }
            Set<UUID> refused = c.consentInForce().refused();
            List<ServiceView> there = services.ownersFor(Strand.EARLY_INTERVENTION, moved.to()).stream()
                    .filter(s -> !refused.contains(s.agencyId())).sorted(Comparator.comparing(ServiceView::name)).toList();
            if (there.isEmpty()) {
                continue;
            }
            ServiceView to = there.get(0);
            CaseTransfer transfer = new CaseTransfer(c.id(), c.owningServiceId(), to.id(), TransferCause.MOVE,
                    "The family moved on " + moved.movedOn() + " to " + moved.to().oneLine() + ", outside "
                            + name(c.owningServiceId()) + "'s boundary", clock.instant(), current.username());
            transfers.persist(transfer);
            journal.changed(c, "Offered to " + to.name() + ": " + transfer.reason());
        }
    }

    /** An offer awaiting an answer lapses when its case closes. */
    void caseClosed(@Observes CaseClosed closed) {
        transfers.pendingFor(closed.caseId()).ifPresent(t -> t.withdraw("The case closed", clock.instant(), current.username()));
    }

    private TransferView view(CaseTransfer t, CafCase c, FamilyHeader family) {
        return new TransferView(t.id(), t.caseId(), c.reference(), family == null ? null : family.name(), name(t.fromServiceId()),
                name(t.toServiceId()), t.cause(), t.reason(), t.status(), t.requestedAt(), t.requestedBy(), t.decidedAt(),
                t.decidedBy(), t.decisionReason(), t.version());
    }

    private String name(UUID serviceId) {
        return services.findService(serviceId).map(ServiceView::name).orElse("another service");
    }

    /** The case's transfer as the reader may act on it. */
    public record TransferState(List<TransferView> history, TransferView pending, boolean mayChange, boolean open, boolean mayDecide, long caseVersion,
            String reference, String familyName, String owningService) {

        /** Whether the reader may offer the case now: they may change it, it is open, and no offer awaits an answer. */
        public boolean mayOffer() {
            return mayChange && open && pending == null;
        }
    }
}
