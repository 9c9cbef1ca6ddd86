package org.placeworks.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.WallProbe;

/**
 * "My cases"' own case ids (V56, V60) read a worker's open cases without reading their closed ones, whichever plan
 * PostgreSQL keeps for the function's statements: a connection may keep one generic plan for every call after its first
 * five, and V56's generic plan read every case the worker ever had (33 pages a second at the large size, against 149).
 */
@QuarkusTest
class MyCaseIdsPlanTest {

    private static final int CLOSED = 300;

    @Test
    void theOpenCasesAreReadWithoutTheClosedOnesUnderAGenericPlan() throws SQLException {
        try (Connection owner = WallProbe.ownerConnection(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            try {
                String me = "(select id from staff_member where username = 'frontline')";
                // A worker with years of closed cases, and statistics that know it.
                sql.execute("insert into caf_case (id, reference, family_id, owning_service_id, status, referred_on, referrer_name,"
                        + " reason, created_at, created_by, lead_professional_id, closed_on, closure_reason)"
                        + " select gen_random_uuid(), 'PLAN-' || g, c.family_id, c.owning_service_id, 'CLOSED',"
                        + " current_date - 400, 'A referrer', 'Closed long ago', now(), 'frontline', " + me + ", current_date - 30,"
                        + " 'NEEDS_MET'"
                        + " from generate_series(1, " + CLOSED + ") g, (select * from caf_case order by reference limit 1) c");
                sql.execute("analyze caf_case");
                // The plan a connection keeps after five calls; parallel workers' reads would not count in this session's.
                sql.execute("set local plan_cache_mode = force_generic_plan");
                sql.execute("set local max_parallel_workers_per_gather = 0");
                sql.execute("set local placeworks.scope = 'all'");
                long open = count(sql, "select count(*) from caf_case where not list_closed and (lead_professional_id = " + me
                        + " or allocated_worker_id = " + me + ")");
                long before = casesRead(sql);
                long listed = count(sql, "select count(*) from placeworks_my_case_ids(true, " + me + ", 'frontline')");
                long read = casesRead(sql) - before;

                assertThat(listed).as("frontline's open cases").isGreaterThanOrEqualTo(open).isPositive();
                assertThat(read).as("cases read to list " + listed + " open ones beside " + CLOSED + " closed")
                        .isLessThan(CLOSED);
            } finally {
                owner.rollback();
            }
        }
    }

    /** The rows of caf_case this transaction has read, by index or in sequence, so far. */
    private static long casesRead(Statement sql) throws SQLException {
        return count(sql, "select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) from pg_stat_xact_all_tables"
                + " where relid = 'public.caf_case'::regclass");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
