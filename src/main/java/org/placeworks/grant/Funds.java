package org.placeworks.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.grant.internal.Fund;
import org.placeworks.grant.internal.GrantAccess;
import org.placeworks.grant.internal.FundLedger;
import org.placeworks.grant.internal.FundRepository;
import org.placeworks.grant.internal.GrantAwards;
import org.placeworks.grant.internal.GrantRequest;
import org.placeworks.grant.internal.GrantRequestRepository;
import org.placeworks.grant.internal.GrantRequestRepository.Award;
import org.placeworks.grant.internal.Payment;
import org.placeworks.grant.internal.PaymentRepository;
import org.placeworks.shared.CsvWriter;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Money;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;

/** Grant funds: setting one up for a year, its position and breakdowns, the monthly finance return and the audit export. */
@ApplicationScoped
public class Funds {

    @Inject
    FundRepository funds;

    @Inject
    GrantRequestRepository requests;

    @Inject
    PaymentRepository payments;

    @Inject
    org.placeworks.geography.Places places;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    GrantAccess access;

    @Inject
    org.placeworks.organisation.Services services;

    @Inject
    org.placeworks.panel.Panels panels;

    @Inject
    FundLedger ledger;

    @Inject
    org.placeworks.caf.NeedResults needResults;

    @Transactional
    public UUID create(FundCommand c) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.name() == null || c.name().isBlank()) {
            problems.put("name", "Enter the fund's name, like Thornbury small grants");
        }
        if (c.yearStart() == null || c.yearStart() < 2000 || c.yearStart() > 2100) {
            problems.put("yearStart", "Enter the year the financial year starts in, like 2026 for 2026/27");
        }
        positive(problems, "budget", c.budgetPence(), "Enter the fund's budget");
        positive(problems, "maxAward", c.maxAwardPence(), "Enter the most one award can be");
        positive(problems, "maxPerFamily", c.maxPerFamilyPence(), "Enter the most a family can have in a year");
        if (c.serviceId() == null || !access.serviceIds().contains(c.serviceId()) || services.findService(c.serviceId())
                .filter(s -> s.strands().contains(org.placeworks.organisation.Strand.EARLY_INTERVENTION)).isEmpty()) {
            problems.put("serviceId", "Select the early help service the fund belongs to");
        }
        if (c.panelId() == null || panels.visible().stream().noneMatch(p -> p.id().equals(c.panelId()))) {
            problems.put("panelId", "Select the panel that decides the fund's grants");
        }
        if (c.chairLimitPence() == null || c.chairLimitPence() < 0) {
            problems.put("chairLimit", "Enter the chair's delegated limit (0 if every award goes to the panel)");
        }
        if (problems.isEmpty()) {
            if (c.maxAwardPence() > c.budgetPence()) {
                problems.put("maxAward", "One award cannot be more than the whole budget");
            }
            if (c.maxPerFamilyPence() < c.maxAwardPence()) {
                problems.put("maxPerFamily", "A family's yearly limit cannot be less than one award");
            }
            if (c.chairLimitPence() > c.maxAwardPence()) {
                problems.put("chairLimit", "The chair's limit cannot be more than the most one award can be");
            }
            if (funds.ofYear(c.yearStart()).stream().anyMatch(f -> f.name().equalsIgnoreCase(c.name().strip()))) {
                problems.put("name", "There is already a fund called " + c.name().strip() + " for "
                        + new FinancialYear(c.yearStart()).label());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Fund fund = new Fund(c.serviceId(), c.panelId(), c.name().strip(), new FinancialYear(c.yearStart()), c.budgetPence(), c.maxAwardPence(),
                c.maxPerFamilyPence(), c.chairLimitPence());
        funds.persist(fund);
        ledger.opening(fund);
        audit.record(AuditAction.CREATE, "grant-fund", fund.id(), "Set up " + fund.name() + " " + fund.year().label()
                + " with " + Money.format(fund.budgetPence()));
        return fund.id();
    }

    /** The early help services a fund set up by the reader may belong to, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> owningServices() {
        Map<UUID, String> choices = new LinkedHashMap<>();
        services.servicesByIds(access.serviceIds()).stream()
                .filter(s -> s.strands().contains(org.placeworks.organisation.Strand.EARLY_INTERVENTION))
                .sorted(Comparator.comparing(org.placeworks.organisation.ServiceView::name))
                .forEach(s -> choices.put(s.id(), s.name()));
        return choices;
    }

    /** The panels the reader sees, one of which decides a new fund's grants, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> decidingPanels() {
        Map<UUID, String> choices = new LinkedHashMap<>();
        panels.visible().forEach(p -> choices.put(p.id(), p.name()));
        return choices;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundView> all() {
        List<Fund> visible = access.visibleFunds();
        Map<UUID, FundLedger.Totals> totals = ledger.totals(visible.stream().map(Fund::id).toList());
        return visible.stream().map(f -> {
            FundLedger.Totals t = totals.getOrDefault(f.id(), FundLedger.Totals.NONE);
            return FundView.summary(f.id(), f.name(), f.year().label(), t.budgetPence(), t.committedPence(), t.paidPence(),
                    f.maxAwardPence(), f.maxPerFamilyPence(), f.chairLimitPence(), f.version(), f.closedOn(), t.agreesWith(f));
        }).toList();
    }

    /** How many ledger entries the API gives at once, unless asked for fewer; a fund's year can hold thousands. */
    public static final int LEDGER_API_PAGE = 500;

    /** A run of a fund's ledger, oldest first, and the number of its last entry when more follow (else null). */
    public record LedgerRun(List<LedgerLine> lines, Long more) {
    }

    /** Up to {@code size} of the fund's ledger entries numbered after {@code after} (from the first when null), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerRun ledger(UUID id, Integer after, Integer size) {
        if (size != null && (size < 1 || size > LEDGER_API_PAGE)) {
            throw new InvalidInput("limit", "limit must be between 1 and " + LEDGER_API_PAGE);
        }
        int limit = size == null ? LEDGER_API_PAGE : size;
        if (after != null && after < 0) {
            throw new InvalidInput("after", "after must be an entry number (0 or more)");
        }
        Fund fund = access.require(funds.findByIdOptional(id).orElseThrow(() -> new NotFound("fund", id)), "fund", id);
        List<LedgerLine> lines = ledger.after(fund.id(), after == null ? 0 : after, limit + 1).stream().map(e -> e.line()).toList();
        return lines.size() > limit ? new LedgerRun(lines.subList(0, limit), lines.get(limit - 1).entryNo())
                : new LedgerRun(lines, null);
    }

    /**
     * Tops up or reduces the fund's budget, with the reason: a manager of the fund's service, on an open fund,
     * never below what is committed and paid. Read under the fund's row lock, like an approval.
     */
    @Transactional
    public void changeBudget(UUID id, BudgetChangeCommand c) {
        Fund fund = lockedForChange(id);
        StaleEdit.check("fund", c.version(), fund.version());
        fund.requireOpen("change its budget");
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.kind() != LedgerKind.TOP_UP && c.kind() != LedgerKind.REDUCTION) {
            problems.put("kind", "Select whether to top up or reduce the budget");
        }
        positive(problems, "amount", c.amountPence(), "Enter the amount");
        if (c.reason() == null || c.reason().isBlank()) {
            problems.put("reason", "Give the reason for changing the budget");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long delta = c.kind() == LedgerKind.TOP_UP ? c.amountPence() : -c.amountPence();
        GrantAwards.changeBudget(fund, delta);
        ledger.budgetChange(fund, delta, c.reason().strip());
        audit.record(AuditAction.UPDATE, "grant-fund", fund.id(), (delta > 0 ? "Topped up " : "Reduced ") + fund.name() + " "
                + fund.year().label() + " by " + Money.format(Math.abs(delta)) + " to " + Money.format(fund.budgetPence())
                + ". Reason: " + c.reason().strip());
    }

    /**
     * Closes the fund at year end (from the last month of its year): it takes no new requests nor approvals.
     * Awards approved and not yet paid stay approved, listed for finance, and can still be paid or lapse.
     */
    @Transactional
    public void closeYear(UUID id, YearEndCommand c) {
        Fund fund = lockedForChange(id);
        StaleEdit.check("fund", c.version(), fund.version());
        List<GrantRequest> unpaid = requests.awaitingPayment(List.of(fund.id()));
        long unpaidPence = unpaid.stream().mapToLong(GrantRequest::committedPence).sum();
        GrantAwards.close(fund, currentUser(), today.date());
        String why = "Closed at year end with " + Money.format(fund.remainingPence()) + " unspent; " + unpaid.size()
                + (unpaid.size() == 1 ? " award" : " awards") + " approved and unpaid (" + Money.format(unpaidPence) + ")"
                + (c.note() == null || c.note().isBlank() ? "" : ". " + c.note().strip());
        ledger.close(fund, why);
        audit.record(AuditAction.UPDATE, "grant-fund", fund.id(), why);
    }

    /** Awards approved from the fund and not yet paid, for finance at year end: no case, no family. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwaitingPayment> unpaid(UUID id) {
        Fund fund = access.require(funds.findByIdOptional(id).orElseThrow(() -> new NotFound("fund", id)), "fund", id);
        return requests.awaitingPayment(List.of(fund.id())).stream().map(r -> new AwaitingPayment(r.id(),
                fund.name() + " " + fund.year().label(), r.item(), r.category(), r.supplier(), r.approvedPence(), r.decidedOn()))
                .toList();
    }

    /** The unpaid awards as CSV for finance's year-end accruals. */
    @Transactional
    public String unpaidCsv(UUID id) {
        List<AwaitingPayment> unpaid = unpaid(id);
        audit.record(AuditAction.EXPORT, "grant-fund", id, "Year-end list of unpaid awards");
        return csv(List.of("Grant request", "Approved on", "Category", "Item", "Supplier", "Amount approved (£)"),
                unpaid.stream().map(a -> List.<Object>of(a.id(), a.decidedOn(), a.category().label(), a.item(),
                        nullToEmpty(a.supplier()), pounds(a.approvedPence()))).toList());
    }

    /** Refuses, before any form is read, a reader who may not manage the fund: 404 if they do not see it, else 403. */
    @Transactional
    public void requireMayManage(UUID id) {
        Fund fund = access.require(funds.findByIdOptional(id).orElseThrow(() -> new NotFound("fund", id)), "fund", id);
        access.requireMayManageBudget(fund);
    }

    /** Whether the reader may top up, reduce or close this fund (for pages to offer the forms). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayManage(UUID id) {
        return funds.findByIdOptional(id).filter(access::sees).map(access::managesBudget).orElse(false);
    }

    private Fund lockedForChange(UUID id) {
        Fund fund = access.require(funds.lockedForAward(id).orElseThrow(() -> new NotFound("fund", id)), "fund", id);
        access.requireMayManageBudget(fund);
        return fund;
    }

    private String currentUser() {
        return access.reader().username();
    }

    /** How many ledger entries a fund's page shows at once; each carries the balances after it, so a page stands alone. */
    public static final int LEDGER_PAGE = 50;

    /** The fund's position, with its awards by category and by neighbourhood, and its newest ledger entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundView fund(UUID id) {
        return fund(id, null);
    }

    /** The same, with the ledger's entries numbered before {@code ledgerBefore} (the newest when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundView fund(UUID id, Long ledgerBefore) {
        Fund fund = access.require(funds.findByIdOptional(id).orElseThrow(() -> new NotFound("fund", id)), "fund", id);
        return view(fund, requests.awardsOf(id), ledgerBefore);
    }

    /** Payments made in a month, for finance: no names of families or children. */
    @Transactional
    public String financeReturn(UUID fundId, YearMonth month) {
        access.require(funds.findByIdOptional(fundId).orElseThrow(() -> new NotFound("fund", fundId)), "fund", fundId);
        Map<UUID, GrantRequest> byId = requests.ofFund(fundId).stream().collect(Collectors.toMap(GrantRequest::id, Function.identity()));
        List<Payment> paid = payments.paidBetween(byId.keySet(), month.atDay(1), month.atEndOfMonth());
        Map<UUID, String> neighbourhoods = places.names(byId.values().stream().map(GrantRequest::neighbourhoodId).toList());
        audit.record(AuditAction.EXPORT, "grant-fund", fundId, "Finance return for " + month);
        return csv(List.of("Paid on", "Payment reference", "Method", "Grant request", "Category", "Item", "Supplier",
                "Neighbourhood", "Amount (£)"), paid.stream().map(p -> {
                    GrantRequest r = byId.get(p.requestId());
                    return List.<Object>of(p.paidOn(), p.reference(), p.method().label(), r.id(), r.category().label(), r.item(),
                            nullToEmpty(r.supplier()), neighbourhoods.getOrDefault(r.neighbourhoodId(), ""), pounds(p.amountPence()));
                }).toList());
    }

    /** Every request with its decision trail and payment, for audit. */
    @Transactional
    public String awardsExport(UUID fundId) {
        access.require(funds.findByIdOptional(fundId).orElseThrow(() -> new NotFound("fund", fundId)), "fund", fundId);
        List<GrantRequest> all = requests.ofFund(fundId);
        Map<UUID, Payment> paid = payments.ofRequests(all.stream().map(GrantRequest::id).toList()).stream()
                .collect(Collectors.toMap(Payment::requestId, Function.identity()));
        audit.record(AuditAction.EXPORT, "grant-fund", fundId, "Audit export of every award");
        return csv(List.of("Grant request", "Requested at", "Requested by", "Category", "Item", "Amount asked (£)", "Status",
                "Decided by route", "Panel meeting", "Decided by", "Decided on", "Reason", "Amount approved (£)",
                "Paid on", "Amount paid (£)", "Payment method", "Payment reference", "Cancelled by", "Cancelled on",
                "Reason for cancelling"), all.stream().map(r -> {
                    Payment p = paid.get(r.id());
                    return List.<Object>of(r.id(), r.requestedAt(), r.requestedBy(), r.category().label(), r.item(),
                            pounds(r.amountPence()), r.status().label(), r.decisionRoute() == null ? "" : r.decisionRoute().label(),
                            r.meetingId() == null ? "" : r.meetingId(), nullToEmpty(r.decidedBy()),
                            r.decidedOn() == null ? "" : r.decidedOn(), nullToEmpty(r.decisionReason()),
                            r.approvedPence() == null ? "" : pounds(r.approvedPence()), p == null ? "" : p.paidOn(),
                            p == null ? "" : pounds(p.amountPence()), p == null ? "" : p.method().label(),
                            p == null ? "" : p.reference(), nullToEmpty(r.cancelledBy()),
                            r.cancelledOn() == null ? "" : r.cancelledOn(), nullToEmpty(r.cancelledReason()));
                }).toList());
    }

    private FundView view(Fund fund, List<Award> awarded, Long ledgerBefore) {
        Map<String, long[]> byCategory = new LinkedHashMap<>();
        awarded.forEach(r -> add(byCategory, r.category().label(), r.approvedPence()));
        // Where each family lived when it asked, kept on the request (V65): no family is read to count them.
        Map<UUID, String> neighbourhoods = places.names(awarded.stream().map(Award::neighbourhoodId).toList());
        Map<String, long[]> byNeighbourhood = new LinkedHashMap<>();
        awarded.forEach(r -> add(byNeighbourhood, neighbourhoods.getOrDefault(r.neighbourhoodId(), "Unknown"), r.approvedPence()));
        LocalDate today = this.today.date();
        FundLedger.Totals totals = ledger.totals(fund.id());
        List<LedgerLine> lines = ledger.before(fund.id(), ledgerBefore, LEDGER_PAGE).stream().map(e -> e.line()).toList();
        return new FundView(fund.id(), fund.name(), fund.year().label(), totals.budgetPence(), totals.committedPence(),
                totals.paidPence(), fund.maxAwardPence(), fund.maxPerFamilyPence(), fund.chairLimitPence(),
                fund.year().monthsElapsed(today), breakdown(byCategory), breakdown(byNeighbourhood), fund.version(),
                fund.closedOn(), totals.agreesWith(fund), lines, totals.entries(), byNeed(awarded), access.managesBudget(fund));
    }

    /**
     * Spend per headline need next to how those needs have gone (through caf's need results), suppressed
     * like the other breakdowns: a row with fewer than 5 awards shows neither its spend nor its outcomes.
     */
    private List<NeedSpend> byNeed(List<Award> awarded) {
        Map<UUID, org.placeworks.caf.NeedResults.NeedResult> results = needResults.of(
                awarded.stream().map(Award::needId).collect(Collectors.toSet()));
        Map<String, long[]> spend = new LinkedHashMap<>();
        Map<String, Set<UUID>> needsOf = new LinkedHashMap<>();
        for (Award r : awarded) {
            var result = results.get(r.needId());
            String headline = result == null ? "Unknown" : result.headline().label();
            add(spend, headline, r.approvedPence());
            needsOf.computeIfAbsent(headline, k -> new HashSet<>()).add(r.needId());
        }
        return breakdown(spend).stream().map(b -> {
            if (b.awards() == null) {
                return new NeedSpend(b, "not shown", "not shown", "not shown", "not shown", "not shown", "not shown");
            }
            List<org.placeworks.caf.NeedResults.NeedResult> needs = needsOf.get(b.name()).stream().map(results::get)
                    .filter(java.util.Objects::nonNull).toList();
            long met = needs.stream().filter(n -> n.outcome() == org.placeworks.caf.NeedOutcome.MET).count();
            long partly = needs.stream().filter(n -> n.outcome() == org.placeworks.caf.NeedOutcome.PARTLY_MET).count();
            long notMet = needs.stream().filter(n -> n.outcome() == org.placeworks.caf.NeedOutcome.NOT_MET).count();
            long open = needs.stream().filter(n -> n.outcome() == null).count();
            List<Integer> moves = needs.stream().map(org.placeworks.caf.NeedResults.NeedResult::moved)
                    .filter(java.util.Objects::nonNull).toList();
            String average = moves.size() < SmallNumbers.THRESHOLD ? "not shown"
                    : String.format("%+.1f points", moves.stream().mapToInt(Integer::intValue).average().orElse(0));
            return new NeedSpend(b, NeedSpend.count(needs.size()), NeedSpend.count(met), NeedSpend.count(partly),
                    NeedSpend.count(notMet), NeedSpend.count(open), average);
        }).toList();
    }

    private static void add(Map<String, long[]> totals, String key, long pence) {
        long[] t = totals.computeIfAbsent(key, k -> new long[2]);
        t[0]++;
        t[1] += pence;
    }

    private static List<FundView.Breakdown> breakdown(Map<String, long[]> totals) {
        List<SmallNumbers.Row> rows = new ArrayList<>();
        totals.forEach((name, t) -> rows.add(new SmallNumbers.Row(name, t[0], t[1])));
        return SmallNumbers.suppress(rows);
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        return CsvWriter.write(header, rows);
    }

    private static String pounds(long pence) {
        return String.format("%d.%02d", pence / 100, pence % 100);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void positive(Map<String, String> problems, String field, Long pence, String message) {
        if (pence == null || pence <= 0) {
            problems.put(field, message + ", like 2500.00");
        }
    }
}
