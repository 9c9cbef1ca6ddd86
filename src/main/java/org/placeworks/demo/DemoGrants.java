package org.placeworks.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseSummary;
import org.placeworks.caf.CaseView;
import org.placeworks.grant.DecisionCommand;
import org.placeworks.grant.DecisionOutcome;
import org.placeworks.grant.DecisionRoute;
import org.placeworks.grant.FinancialYear;
import org.placeworks.grant.FundCommand;
import org.placeworks.grant.Funds;
import org.placeworks.grant.GrantCategory;
import org.placeworks.grant.GrantRequestCommand;
import org.placeworks.grant.GrantRequests;
import org.placeworks.grant.PaymentCommand;
import org.placeworks.grant.PaymentMethod;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.panel.MeetingRef;
import org.placeworks.panel.PanelMonths;
import org.placeworks.panel.Panels;
import org.placeworks.grant.AwardLapses;
import org.placeworks.grant.BudgetChangeCommand;
import org.placeworks.grant.LedgerKind;
import jakarta.persistence.EntityManager;
import java.time.Month;
import org.placeworks.shared.Today;

/**
 * This year's demo fund, partly spent: awards the chair approved between meetings, paid with
 * receipts, a larger award made at last month's panel meeting, a request listed for next
 * month's panel, a top-up from another budget and an award that lapsed unpaid, all in the fund's
 * ledger; and the Thornbury panel skips August. Made through the services as the demo staff; loaded by {@link DemoLoader} after the
 * demo panel, while last month's meeting is still in session.
 */
@ApplicationScoped
class DemoGrants {

    /** A one-pixel PNG standing in for a scanned receipt. */
    private static final byte[] RECEIPT = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    /** The panel's chair decides; Family Support Thornbury's finance officer records the payments. */
    private static final Set<String> PAYER = Set.of(Roles.FINANCE);

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    @Inject
    Funds funds;

    @Inject
    GrantRequests requests;

    @Inject
    CafCases cases;

    @Inject
    Services services;

    @Inject
    Panels panels;

    @Inject
    PanelMonths months;

    @Inject
    AwardLapses lapses;

    @Inject
    EntityManager em;

    void load() {
        LocalDate today = this.today.date();
        // The fund belongs to Family Support Thornbury, and the Thornbury panel decides its grants.
        UUID fund = actingAs.call("manager", Set.of(Roles.MANAGER), () -> funds.create(new FundCommand(
                services.services().stream().filter(s -> s.name().equals("Family Support Thornbury")).findFirst().orElseThrow().id(),
                panels.visible().stream().filter(p -> p.name().equals("Thornbury Early Help Panel")).findFirst().orElseThrow().id(),
                "Thornbury small grants", FinancialYear.of(today).startYear(), 250_000L, 15_000L, 30_000L, 5_000L)));
        var active = actingAs.call("frontline", WORKER, () -> cases.list(new CaseFilter(false, CaseStatus.ACTIVE_PLAN)))
                .stream().filter(c -> !c.familyName().isEmpty()).toList();
        if (active.size() < 2) {
            return;
        }
        UUID glasses = ask(active.get(0), fund, "Second pair of glasses for school", GrantCategory.GLASSES, 4_000,
                "Thornbury Opticians");
        decideAndPay(glasses, today, 4_000, "VISA-0416-2231");
        UUID uniform = ask(active.get(1), fund, "School uniform and shoes", GrantCategory.SCHOOL_UNIFORM, 4_800,
                "Thornbury Schoolwear");
        decideAndPay(uniform, today, 4_650, "VOUCHER-7781");
        // Last month's panel (still in session while the demo loads) awarded a bed and bedding.
        List<MeetingRef> sitting = actingAs.call("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.meetingsInSession());
        if (!sitting.isEmpty()) {
            UUID bed = ask(active.get(0), fund, "Bed and bedding", GrantCategory.HOUSEHOLD_GOODS, 9_500, "Thornbury Furniture Project");
            actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(bed, new DecisionCommand(DecisionRoute.PANEL,
                    sitting.get(0).id(), DecisionOutcome.APPROVE, null, "Agreed at the panel: the children share one mattress.",
                    version(bed))));
            actingAs.run("finance", PAYER, () -> requests.pay(bed, new PaymentCommand(PaymentMethod.DIRECT_TO_SUPPLIER,
                    "INV-3381", today, 9_500L, "invoice.png", RECEIPT, version(bed))));
        }
        // Above the chair's limit: listed for next month's panel meeting.
        UUID cooker = ask(active.get(1), fund, "Cooker, after the old one failed its safety check", GrantCategory.HOUSEHOLD_GOODS,
                12_000, "Eastmoor Electricals");
        actingAs.run("frontline", WORKER, () -> requests.bringToPanel(cooker));

        // The head of service moved money in from another budget: a top-up, with its reason, in the ledger.
        actingAs.run("manager", Set.of(Roles.MANAGER), () -> funds.changeBudget(fund, new BudgetChangeCommand(LedgerKind.TOP_UP,
                50_000L, "Virement from the holiday activities budget, agreed by the head of early help",
                funds.fund(fund).version())));
        lapsedCoat(active.get(1), fund, today);
        // The Thornbury panel does not meet in August.
        actingAs.run("manager", Set.of(Roles.MANAGER), () -> {
            UUID panel = panels.visible().stream().filter(p -> p.name().equals("Thornbury Early Help Panel")).findFirst().orElseThrow().id();
            months.skip(panel, Set.of(Month.AUGUST), months.months(panel).version());
        });
    }

    /**
     * A winter coat approved by the chair 75 days ago and never bought: the daily job has let it lapse and
     * given its commitment back. The demo dates the decision back (it cannot wait 60 days), then runs the job; the
     * ledger keeps when each entry was written, which a demo cannot change either (V62).
     */
    private void lapsedCoat(CaseSummary summary, UUID fund, LocalDate today) {
        UUID coat = ask(summary, fund, "Winter coat and boots", GrantCategory.CLOTHING, 3_500, "Thornbury Outfitters");
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(coat, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets a need in the plan; within the chair's limit.", version(coat))));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update grant_request set decided_on = ?1 where id = ?2")
                .setParameter(1, today.minusDays(75)).setParameter(2, coat).executeUpdate());
        lapses.lapseDue();
    }

    private UUID ask(CaseSummary summary, UUID fund, String item, GrantCategory category, long pence, String supplier) {
        return actingAs.call("frontline", WORKER, () -> {
            CaseView kase = cases.find(summary.id());
            return requests.request(new GrantRequestCommand(kase.id(), kase.needs().get(0).id(), item, category, pence, supplier,
                    "Family receives Universal Credit only; the worker has seen the award letter.",
                    "The school's pupil premium is spent for the term; the local charity had no funds left.", false, fund));
        });
    }

    private void decideAndPay(UUID request, LocalDate paidOn, long paid, String reference) {
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(request, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets a need in the plan; within the chair's limit.", version(request))));
        actingAs.run("finance", PAYER, () -> requests.pay(request, new PaymentCommand(PaymentMethod.PURCHASE_CARD, reference,
                paidOn, paid, "receipt.png", RECEIPT, version(request))));
    }

    private long version(UUID request) {
        return QuarkusTransaction.requiringNew().call(() -> requests.version(request));
    }
}
