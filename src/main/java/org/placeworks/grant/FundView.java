package org.placeworks.grant;

import java.util.List;
import java.util.UUID;
import org.placeworks.shared.Money;

/**
 * A fund's position: budget, committed, paid, remaining, spend against the year so far, and where it went; with a page
 * of its ledger ({@code ledger}: at most {@link Funds#LEDGER_PAGE} entries in the order added, the newest unless an
 * earlier page was asked for) and how many entries the ledger has in all.
 */
public record FundView(UUID id, String name, String year, long budgetPence, long committedPence, long paidPence,
        long maxAwardPence, long maxPerFamilyPence, long chairLimitPence, int monthsElapsed,
        List<Breakdown> byCategory, List<Breakdown> byNeighbourhood, long version, java.time.LocalDate closedOn,
        boolean ledgerAgrees, List<LedgerLine> ledger, long ledgerEntries, List<NeedSpend> byNeed, boolean mayManage) {

    /** A fund in a list: its position, without its breakdowns or ledger. */
    static FundView summary(UUID id, String name, String year, long budgetPence, long committedPence, long paidPence,
            long maxAwardPence, long maxPerFamilyPence, long chairLimitPence, long version, java.time.LocalDate closedOn,
            boolean ledgerAgrees) {
        return new FundView(id, name, year, budgetPence, committedPence, paidPence, maxAwardPence, maxPerFamilyPence,
                chairLimitPence, 0, List.of(), List.of(), version, closedOn, ledgerAgrees, List.of(), 0, List.of(), false);
    }

    public boolean closed() {
        return closedOn != null;
    }

    public long remainingPence() {
        return budgetPence - committedPence;
    }

    /** What an even spend through the year would have committed by now. */
    public long evenSpendSoFarPence() {
        return budgetPence * monthsElapsed / 12;
    }

    public int committedPercent() {
        return budgetPence == 0 ? 0 : (int) (committedPence * 100 / budgetPence);
    }

    public String budget() { return Money.format(budgetPence); }
    public String committed() { return Money.format(committedPence); }
    public String paid() { return Money.format(paidPence); }
    public String remaining() { return Money.format(remainingPence()); }
    public String evenSpendSoFar() { return Money.format(evenSpendSoFarPence()); }
    public String maxAward() { return Money.format(maxAwardPence); }
    public String maxPerFamily() { return Money.format(maxPerFamilyPence); }
    public String chairLimit() { return Money.format(chairLimitPence); }

    /**
     * Awards in one category or neighbourhood, as {@link SmallNumbers} lets them be published: a
     * suppressed row has neither its count nor its amount ({@code awards} and {@code committedPence}
     * are null), and says why in {@code suppressed}.
     */
    public record Breakdown(String name, Long awards, Long committedPence, String suppressed) {

        static Breakdown shown(String name, long awards, long committedPence) {
            return new Breakdown(name, awards, committedPence, null);
        }

        static Breakdown fewerThanFive(String name) {
            return new Breakdown(name, null, null, "fewer than 5");
        }

        /** Not small itself, but withheld so that a suppressed row cannot be worked out from the total. */
        static Breakdown withheld(String name) {
            return new Breakdown(name, null, null, "not shown, to protect a small number");
        }

        public String count() {
            return awards == null ? suppressed : String.valueOf(awards);
        }

        public String committed() {
            return committedPence == null ? "not shown" : Money.format(committedPence);
        }
    }
}
