package org.placeworks.grant.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.grant.LedgerKind;
import org.placeworks.identity.CurrentStaff;

/**
 * The funds' ledger: every movement of a fund's money is written here, in the same transaction as
 * the change to the fund's row, by whoever made it ("system" for the daily lapse job). A fund's totals
 * are the sums of its entries; {@link #totals} reads them in one grouped query.
 */
@ApplicationScoped
public class FundLedger implements PanacheRepositoryBase<LedgerEntry, UUID> {

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    /** A fund's budget, committed and paid, as the sums of its ledger entries. */
    public record Totals(long budgetPence, long committedPence, long paidPence) {
        public static final Totals NONE = new Totals(0, 0, 0);

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

    public List<LedgerEntry> ofFund(UUID fundId) {
        return list("fundId = ?1 order by recordedAt, id", fundId);
    }

    public Totals totals(UUID fundId) {
        return totals(List.of(fundId)).getOrDefault(fundId, Totals.NONE);
    }

    public Map<UUID, Totals> totals(Collection<UUID> fundIds) {
        Map<UUID, Totals> totals = new HashMap<>();
        if (fundIds.isEmpty()) {
            return totals;
        }
        List<Object[]> rows = getEntityManager().createQuery("select e.fundId, sum(e.budgetPence), sum(e.committedPence),"
                + " sum(e.paidPence) from LedgerEntry e where in_array(e.fundId, :funds) group by e.fundId", Object[].class)
                .setParameter("funds", fundIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            totals.put((UUID) r[0], new Totals(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()));
        }
        return totals;
    }

    private void add(Fund fund, LedgerKind kind, UUID requestId, long budget, long committed, long paid, String why) {
        persist(new LedgerEntry(fund.id(), kind, requestId, budget, committed, paid, why, current.username(), clock.instant()));
    }
}
