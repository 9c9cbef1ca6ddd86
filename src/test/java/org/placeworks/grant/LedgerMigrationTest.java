package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.OlderSchema;

/**
 * Funds, awards and payments from before the ledger: V19 writes them into it as opening entries (the
 * budget, each award's commitment, each payment, each cancellation's release), and the ledger's sums
 * are the fund's totals; V62 numbers them and keeps the balances after each.
 */
class LedgerMigrationTest {

    private static OlderSchema schema;

    @BeforeAll
    static void startDatabase() throws Exception {
        schema = OlderSchema.at("13");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        schema.close();
    }

    @Test
    void existingAwardsAndPaymentsBecomeOpeningEntriesThatAddUpToTheFund() throws SQLException {
        UUID fund = UUID.randomUUID();
        UUID paid = UUID.randomUUID();
        UUID approved = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        // References are not checked, so that no cases or families are needed.
        schema.execute("set session_replication_role = replica;"
                + "insert into grant_fund (id, name, year_start, budget_pence, max_award_pence, max_per_family_pence, chair_limit_pence,"
                + " committed_pence, paid_pence) values ('" + fund + "', 'Thornbury small grants', 2026, 250000, 15000, 30000, 5000,"
                + " 3800 + 2500, 3800);"
                + request(paid, fund, "PAID", 4000, "null, null, null")
                + request(approved, fund, "APPROVED", 2500, "null, null, null")
                + request(cancelled, fund, "CANCELLED", 3000, "'Bought by the school', 'chair', '2026-06-02'")
                + request(declined, fund, "DECLINED", null, "null, null, null")
                + "insert into grant_payment (id, request_id, method, reference, paid_on, amount_pence, receipt, receipt_type,"
                + " receipt_name, recorded_by, recorded_at) values ('" + UUID.randomUUID() + "', '" + paid + "', 'VOUCHER', 'V-OLD-1',"
                + " '2026-06-03', 3800, '\\x00', 'image/png', 'r.png', 'finance', '2026-06-03T10:00:00Z');");

        schema.migrate();

        assertThat(schema.query("select string_agg(kind, ',' order by recorded_at, kind) from grant_ledger_entry where fund_id = '" + fund + "'"))
                .isEqualTo("OPENING_BUDGET,COMMITMENT,COMMITMENT,COMMITMENT,RELEASE,PAYMENT");
        assertThat(schema.query("select sum(budget_pence) || ' ' || sum(committed_pence) || ' ' || sum(paid_pence)"
                + " from grant_ledger_entry where fund_id = '" + fund + "'"))
                .isEqualTo(schema.query("select budget_pence || ' ' || committed_pence || ' ' || paid_pence from grant_fund where id = '" + fund + "'"));
        assertThat(schema.query("select recorded_by || ' ' || reason from grant_ledger_entry where kind = 'RELEASE'"))
                .isEqualTo("chair Award cancelled: Bought by the school");
        assertThat(schema.query("select count(*) from grant_ledger_entry where request_id = '" + declined + "'")).isEqualTo("0");

        // V62 numbers the entries in the order they were recorded and gives each the fund's balances after it.
        assertThat(schema.query("select string_agg(entry_no::text, ',' order by entry_no) from grant_ledger_entry where fund_id = '" + fund + "'"))
                .isEqualTo("1,2,3,4,5,6");
        assertThat(schema.query("select count(*) from grant_ledger_entry e where (e.budget_after, e.committed_after, e.paid_after) <>"
                + " (select sum(p.budget_pence), sum(p.committed_pence), sum(p.paid_pence) from grant_ledger_entry p"
                + " where p.fund_id = e.fund_id and p.entry_no <= e.entry_no)")).isEqualTo("0");
        assertThat(schema.query("select budget_after || ' ' || committed_after || ' ' || paid_after from grant_ledger_entry"
                + " where fund_id = '" + fund + "' and entry_no = 6"))
                .isEqualTo(schema.query("select budget_pence || ' ' || committed_pence || ' ' || paid_pence from grant_fund where id = '" + fund + "'"));
    }

    private static String request(UUID id, UUID fund, String status, Integer approvedPence, String cancellation) {
        return "insert into grant_request (id, fund_id, case_id, family_id, need_id, item, category, amount_pence,"
                + " cannot_pay_evidence, other_sources_tried, status, approved_pence, decision_route, decided_by, decided_on,"
                + " cancelled_reason, cancelled_by, cancelled_on, requested_by, requested_at) values ('" + id + "', '" + fund + "', '"
                + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', 'Glasses', 'GLASSES', "
                + (approvedPence == null ? 1000 : approvedPence) + ", 'Universal Credit', 'School asked', '" + status + "', "
                + approvedPence + ", 'CHAIR', 'chair', '2026-06-01', " + cancellation + ", 'frontline', '2026-05-30T09:00:00Z');";
    }
}
