package org.placeworks.grant.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.placeworks.grant.LedgerKind;
import org.placeworks.identity.CurrentStaff;

/**
 * The funds' ledger: every movement of a fund's money is written here, in the same transaction as
 * the change to the fund's row, by whoever made it ("system" for the daily lapse job). A fund's totals
 * are the sums of its entries, which the database keeps as the balances after each entry (V62): {@link #totals}
 * reads each fund's last entry, however long its ledger.
 */
@ApplicationScoped
public class FundLedger implements PanacheRepositoryBase<LedgerEntry, UUID> {

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    /** A fund's budget, committed and paid, as the sums of its ledger entries, and how many entries there are. */
    public record Totals(long budgetPence, long committedPence, long paidPence, long entries) {
        public static final Totals NONE = new Totals(0, 0, 0, 0);

        /** Whether the fund's own row says the same as its ledger. */
        public boolean agreesWith(Fund fund) {
            return budgetPence == fund.budgetPence() && committedPence == fund.committedPence() && paidPence == fund.paidPence();
        }
    }

    public void opening(Fund fund) {
        add(fund, LedgerKind.OPENING_BUDGET, null, fund.budgetPence(), 0, 0, "Budget for " + fund.year().label());
    }

    public void commitment(Fund fund, GrantRequest request, long pence, String why) {
        add(fund, LedgerKind.COMMITMENT, request.id(), 0, pence, 0, why);
    }

    public void release(Fund fund, GrantRequest request, long pence, String why) {
        add(fund, LedgerKind.RELEASE, request.id(), 0, -pence, 0, why);
    }

    /** A release made by the app itself (an award lapsing), whoever set the job off. */
    public void releaseBySystem(Fund fund, GrantRequest request, long pence, String why) {
        persist(new LedgerEntry(fund.id(), LedgerKind.RELEASE, request.id(), 0, -pence, 0, why, "system", clock.instant()));
    }

    /** A payment replaces the approved commitment with what was paid: committed moves by the difference. */
    public void payment(Fund fund, GrantRequest request, long approvedPence, long paidPence, String why) {
        add(fund, LedgerKind.PAYMENT, request.id(), 0, paidPence - approvedPence, paidPence, why);
    }

    public void budgetChange(Fund fund, long deltaPence, String why) {
        add(fund, deltaPence >= 0 ? LedgerKind.TOP_UP : LedgerKind.REDUCTION, null, deltaPence, 0, 0, why);
    }

    public void close(Fund fund, String why) {
        add(fund, LedgerKind.YEAR_END_CLOSE, null, 0, 0, 0, why);
    }

    /** Up to {@code size} of the fund's entries numbered after {@code after}, in the order they were added. */
    public List<LedgerEntry> after(UUID fundId, long after, int size) {
        return find("fundId = ?1 and entryNo > ?2 order by entryNo", fundId, after).page(0, size).list();
    }

    /** Up to {@code size} of the fund's entries numbered before {@code before} (the newest when null), in the order added. */
    public List<LedgerEntry> before(UUID fundId, Long before, int size) {
        List<LedgerEntry> newestFirst = find("fundId = ?1 and entryNo < ?2 order by entryNo desc", fundId,
                before == null ? Long.MAX_VALUE : before).page(0, size).list();
        List<LedgerEntry> inOrder = new ArrayList<>(newestFirst);
        Collections.reverse(inOrder);
        return inOrder;
    }

    public Totals totals(UUID fundId) {
        return totals(List.of(fundId)).getOrDefault(fundId, Totals.NONE);
    }

    /** Each fund's balances after its last entry: one index probe a fund, as one statement for any number of funds. */
    public Map<UUID, Totals> totals(Collection<UUID> fundIds) {
        Map<UUID, Totals> totals = new HashMap<>();
        if (fundIds.isEmpty()) {
            return totals;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().unwrap(Session.class).createNativeQuery(LAST_BALANCES)
                .addSynchronizedQuerySpace("grant_ledger_entry")
                .setParameter("funds", fundIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            totals.put((UUID) r[0], new Totals(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return totals;
    }

    private static final String LAST_BALANCES = "select f.id, e.budget_after, e.committed_after, e.paid_after, e.entry_no"
            + " from unnest(cast(:funds as uuid[])) f(id) cross join lateral (select budget_after, committed_after, paid_after, entry_no"
            + " from grant_ledger_entry where fund_id = f.id order by entry_no desc limit 1) e";

    private void add(Fund fund, LedgerKind kind, UUID requestId, long budget, long committed, long paid, String why) {
        persist(new LedgerEntry(fund.id(), kind, requestId, budget, committed, paid, why, current.username(), clock.instant()));
    }
}
