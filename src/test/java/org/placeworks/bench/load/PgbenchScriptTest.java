package org.placeworks.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements of PostgreSQL's log become a pgbench script: parameters inlined, ids as variables, new ids made afresh. */
class PgbenchScriptTest {

    private static final String CASE = "11111111-1111-1111-1111-111111111111";
    private static final String STAFF = "22222222-2222-2222-2222-222222222222";
    private static final String FAMILY = "33333333-3333-3333-3333-333333333333";
    private static final String NEW_AUDIT = "44444444-4444-4444-4444-444444444444";
    private static final String NEW_AUDIT_TOO = "55555555-5555-5555-5555-555555555555";

    @Test
    void logLinesBecomeAReplayableScript() {
        List<String> log = List.of(
                "2026-12-01 20:00:00.001 UTC [42] LOG:  execute <unnamed>: BEGIN",
                "2026-12-01 20:00:00.002 UTC [42] LOG:  execute S_1: select c.id, c.family_id from caf_case c where c.id=$1",
                "2026-12-01 20:00:00.002 UTC [42] DETAIL:  Parameters: $1 = '" + CASE + "'",
                "2026-12-01 20:00:00.003 UTC [42] LOG:  execute S_2: select f.name from family f",
                "\twhere f.id=$1 and f.name <> $2",
                "2026-12-01 20:00:00.003 UTC [42] DETAIL:  Parameters: $1 = '" + FAMILY + "', $2 = 'O''Brien'",
                "2026-12-01 20:00:00.004 UTC [42] LOG:  execute S_3: insert into audit_entry (id, staff_id, subject_id, at) values ($1, $2, $3, $4)",
                "2026-12-01 20:00:00.004 UTC [42] DETAIL:  Parameters: $1 = '" + NEW_AUDIT + "', $2 = '" + STAFF + "', $3 = '" + CASE
                        + "', $4 = '2026-12-01 20:00:00+00'",
                "2026-12-01 20:00:00.004 UTC [42] LOG:  execute S_5: insert into audit_entry (id, record_id) select * from"
                        + " unnest(cast($1 as uuid[]), cast($2 as text[]))",
                "2026-12-01 20:00:00.004 UTC [42] DETAIL:  Parameters: $1 = '{" + NEW_AUDIT + "," + NEW_AUDIT_TOO + "}', $2 = '{"
                        + CASE + "," + FAMILY + "}'",
                "2026-12-01 20:00:00.005 UTC [42] LOG:  execute S_4: SET application_name = 'x'",
                "2026-12-01 20:00:00.006 UTC [42] LOG:  execute <unnamed>: COMMIT");

        List<String> script = PgbenchComparison.statements(log, CASE, STAFF);

        assertThat(script).containsExactly(
                "BEGIN;",
                "select c.id, c.family_id from caf_case c where c.id=:case_id;",
                "select f.name from family f where f.id='" + FAMILY + "' and f.name <> 'O''Brien';",
                "insert into audit_entry (id, staff_id, subject_id, at) values (gen_random_uuid(), :staff_id, "
                        + ":case_id, '2026-12-01 20:00:00+00');",
                "insert into audit_entry (id, record_id) select * from unnest(cast(array(select gen_random_uuid() from"
                        + " generate_series(1, 2)) as uuid[]), cast('{" + CASE + "," + FAMILY + "}' as text[]));",
                "COMMIT;");
    }

    @Test
    void aLongParameterIsInlinedWhole() {
        // The records shared with a busy worker, or a reading's audit rows: thousands of characters in one parameter.
        String shared = String.join(",", java.util.Collections.nCopies(400, FAMILY));
        List<String> log = List.of(
                "2026-12-01 20:00:00.002 UTC [42] LOG:  execute S_1: select set_config('placeworks.staff', $1, true),"
                        + " set_config('placeworks.shared', $2, true)",
                "2026-12-01 20:00:00.002 UTC [42] DETAIL:  Parameters: $1 = '" + STAFF + "', $2 = '{" + shared + "}'");

        assertThat(PgbenchComparison.statements(log, CASE, STAFF)).containsExactly("select set_config('placeworks.staff',"
                + " :staff_id, true), set_config('placeworks.shared', '{" + shared + "}', true);");
    }

    @Test
    void otherSessionsStatementsAreLeftOut() {
        List<String> log = List.of(
                "2026-12-01 20:00:00.001 UTC [42] LOG:  execute S_0: select version from reference_version where id = 1",
                "2026-12-01 20:00:00.002 UTC [43] LOG:  execute <unnamed>: BEGIN",
                "2026-12-01 20:00:00.002 UTC [42] LOG:  execute <unnamed>: BEGIN",
                "2026-12-01 20:00:00.003 UTC [43] LOG:  execute S_9: insert into audit_seal (position) values ($1)",
                "2026-12-01 20:00:00.003 UTC [43] DETAIL:  Parameters: $1 = '600147'",
                "2026-12-01 20:00:00.003 UTC [42] LOG:  execute S_1: select c.id from caf_case c where c.id=$1",
                "2026-12-01 20:00:00.003 UTC [42] DETAIL:  Parameters: $1 = '" + CASE + "'",
                "2026-12-01 20:00:00.004 UTC [43] LOG:  execute <unnamed>: COMMIT",
                "2026-12-01 20:00:00.004 UTC [42] LOG:  execute <unnamed>: COMMIT",
                "2026-12-01 20:00:00.005 UTC [44] LOG:  execute S_2: select 1",
                "2026-12-01 20:00:01.000 UTC [42] LOG:  execute <unnamed>: BEGIN",
                "2026-12-01 20:00:01.001 UTC [42] LOG:  execute S_3: update scheduled_job_claim set last_fire = now()",
                "2026-12-01 20:00:01.002 UTC [42] LOG:  execute <unnamed>: COMMIT");

        assertThat(PgbenchComparison.statements(log, CASE, STAFF)).containsExactly(
                "select version from reference_version where id = 1;",
                "BEGIN;",
                "select c.id from caf_case c where c.id=:case_id;",
                "COMMIT;");
    }
}
