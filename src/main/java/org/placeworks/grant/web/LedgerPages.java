package org.placeworks.grant.web;

import java.util.List;
import org.placeworks.grant.FundView;
import org.placeworks.grant.Funds;
import org.placeworks.grant.LedgerLine;

/**
 * Where a fund page's ledger stands among its pages: which entries it shows and the links to the earlier and later
 * pages (null where there is none). A page is named by the entry it stops before, so a new entry does not move it.
 */
record LedgerPages(long first, long last, long entries, String earlierHref, String laterHref) {

    static LedgerPages of(FundView fund) {
        List<LedgerLine> lines = fund.ledger();
        if (lines.isEmpty()) {
            return new LedgerPages(0, 0, fund.ledgerEntries(), null, null);
        }
        String base = "/grants/funds/" + fund.id();
        long first = lines.get(0).entryNo();
        long last = lines.get(lines.size() - 1).entryNo();
        String earlier = first > 1 ? base + "?ledger-before=" + first + "#ledger" : null;
        long laterBefore = last + 1 + Funds.LEDGER_PAGE;
        String later = last >= fund.ledgerEntries() ? null
                : laterBefore > fund.ledgerEntries() ? base + "#ledger" : base + "?ledger-before=" + laterBefore + "#ledger";
        return new LedgerPages(first, last, fund.ledgerEntries(), earlier, later);
    }

    /** Whether the ledger runs to more than this page. */
    public boolean paged() {
        return earlierHref != null || laterHref != null;
    }

    /** The page's ledger-before value as asked for: a number, or nothing (the newest) for anything else. */
    static Long before(String asked) {
        if (asked == null || !asked.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(asked.strip());
    }
}
