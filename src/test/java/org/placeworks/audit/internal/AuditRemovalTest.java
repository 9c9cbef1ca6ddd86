package org.placeworks.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.ChainReport;

/**
 * The owner's removal of audit entries past their rule (V45, deploy/audit/remove-expired), on a database of its own
 * with the two roles the app runs with: the app's role may not run it nor forge its record; as the owner, entries
 * older than the cut-off go from the start of the chain with their seals, and the chain then verifies from the last
 * removed link, the sealer carries on from it, and tampering with what is kept is still found. An old entry sealed
 * after a younger one stays, so that no gap is left in the chain.
 */
class AuditRemovalTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final long LAG = 50_000;

    private EmbeddedPostgres postgres;
    private DataSource owner;
    private DataSource app;

    @BeforeEach
    void aDatabaseWithTheAppsTwoRoles() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        owner = postgres.getPostgresDatabase();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("create role placeworks_app login password 'placeworks_app'");
        }
        // As the app starts: the migrations as the owner, then the app role's grants (quarkus.flyway.callbacks).
        Flyway.configure().dataSource(owner).locations("classpath:db/migration").callbacks(new AppRoleGrants()).load().migrate();
        app = postgres.getDatabase("placeworks_app", "postgres");
    }

    @AfterEach
    void stop() throws IOException {
        postgres.close();
    }

    @Test
    void theAppsRoleMayNotRunTheRemovalNorRecordOne() throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select * from audit_remove_expired(now() - interval '7 years', true)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
                        assertThat(e.getMessage()).contains("permission denied for function audit_remove_expired");
                    });
            assertThatThrownBy(() -> s.execute("insert into audit_removal (removed_at, removed_by, cut_off, entries_removed,"
                    + " anchor_position, anchor_entry_seq, anchor_hash) values (now(), 'app', now(), 1, 1, 1, 'x')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            try (ResultSet rs = s.executeQuery("select count(*) from audit_removal")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the app reads the record of removals").isZero();
            }
        }
    }

    @Test
    void removingEntriesOlderThanTheCutOffLeavesAChainThatVerifiesFromItsAnchor() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        for (int i = 0; i < 4; i++) {
            entry(now.minus(Duration.ofDays(3700 - i)));
        }
        for (int i = 0; i < 3; i++) {
            entry(now.minus(Duration.ofDays(1)));
        }
        assertThat(seal()).isEqualTo(7);
        String fourth = ownerReads("select entry_hash from audit_seal where position = 4");
        Instant cutOff = now.minus(Duration.ofDays(7 * 365 + 2));

        List<String> counted = remove(cutOff, true);
        assertThat(counted).as("a dry run counts").hasSize(1);
        assertThat(counted.get(0)).startsWith("4|4|");
        assertThat(ownerReads("select count(*) from audit_entry")).as("and removes nothing").isEqualTo("7");

        assertThat(remove(cutOff, false)).containsExactly("4|4|" + fourth);
        assertThat(ownerReads("select count(*) from audit_entry")).isEqualTo("3");
        assertThat(ownerReads("select count(*) || ' ' || min(position) from audit_seal")).isEqualTo("3 5");
        assertThat(ownerReads("select entries_removed || ' ' || anchor_position || ' ' || anchor_hash || ' ' || removed_by"
                + " from audit_removal")).isEqualTo("4 4 " + fourth + " postgres");

        ChainReport report = verify();
        assertThat(report.intact()).as(report.problem()).isTrue();
        assertThat(report.anchorPosition()).isEqualTo(4);
        assertThat(report.sealedEntries()).isEqualTo(3);
        assertThat(report.headPosition()).isEqualTo(7);
        assertThat(report.removedBefore()).isEqualTo(cutOff);

        entry(now);
        assertThat(seal()).isEqualTo(1);
        assertThat(verify().intact()).isTrue();
        assertThat(remove(cutOff, false)).as("nothing more is past the cut-off").isEmpty();
    }

    @Test
    void anOldEntrySealedAfterAYoungerOneStaysSoThatNoGapIsLeft() throws SQLException {
        Instant now = Instant.now();
        entry(now.minus(Duration.ofDays(4000)));
        entry(now.minus(Duration.ofDays(3999)));
        entry(now.minus(Duration.ofDays(10)));
        entry(now.minus(Duration.ofDays(3998)));
        seal();

        List<String> removed = remove(now.minus(Duration.ofDays(3000)), false);
        assertThat(removed).hasSize(1);
        assertThat(removed.get(0)).startsWith("2|2|");

        assertThat(ownerReads("select count(*) from audit_entry where at < now() - interval '3000 days'")).isEqualTo("1");
        ChainReport report = verify();
        assertThat(report.intact()).as(report.problem()).isTrue();
        assertThat(report.sealedEntries()).isEqualTo(2);
    }

    @Test
    void withEveryEntryRemovedTheSealerCarriesOnFromTheAnchor() throws SQLException {
        Instant now = Instant.now();
        entry(now.minus(Duration.ofDays(4000)));
        entry(now.minus(Duration.ofDays(3990)));
        seal();
        String head = ownerReads("select entry_hash from audit_seal where position = 2");

        remove(now.minus(Duration.ofDays(1)), false);
        assertThat(ownerReads("select count(*) from audit_seal")).isEqualTo("0");
        ChainReport empty = verify();
        assertThat(empty.intact()).isTrue();
        assertThat(empty.headPosition()).isEqualTo(2);
        assertThat(empty.headHash()).isEqualTo(head);

        entry(now);
        seal();
        assertThat(ownerReads("select position from audit_seal")).isEqualTo("3");
        ChainReport after = verify();
        assertThat(after.intact()).as(after.problem()).isTrue();
        assertThat(after.sealedEntries()).isEqualTo(1);
    }

    @Test
    void tamperingWithWhatIsKeptIsStillFound() throws SQLException {
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            entry(now.minus(Duration.ofDays(4000 - i)));
        }
        for (int i = 0; i < 3; i++) {
            entry(now.minus(Duration.ofHours(3 - i)));
        }
        seal();
        remove(now.minus(Duration.ofDays(3000)), false);
        assertThat(verify().intact()).isTrue();

        long changed = Long.parseLong(ownerReads("select entry_seq from audit_seal where position = 5"));
        ownerRuns("update audit_entry set summary = 'nothing to see' where seq = " + changed);
        ChainReport report = verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(5);
        assertThat(report.entrySeq()).isEqualTo(changed);
        assertThat(report.problem()).contains("changed");

        ownerRuns("update audit_entry set summary = 'read' where seq = " + changed + "; delete from audit_seal where position = 4");
        ChainReport gap = verify();
        assertThat(gap.intact()).isFalse();
        assertThat(gap.brokenAt()).isEqualTo(4);
        assertThat(gap.problem()).contains("missing");
    }

    @Test
    void theScriptCountsOnADryRunAndRemovesAsTheOwner() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")) || onPath("psql"), "psql is not installed");
        Instant now = Instant.now();
        entry(now.minus(Duration.ofDays(3000)));
        entry(now.minus(Duration.ofDays(2999)));
        entry(now.minus(Duration.ofDays(2)));
        seal();
        String url = "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";

        assertThat(script("--dry-run", url)).contains("Dry run: 2 audit entries older than", "(7 years) would be removed",
                "start after position 2");
        assertThat(ownerReads("select count(*) from audit_entry")).isEqualTo("3");
        assertThat(script("--years", "9", url)).contains("nothing to remove");
        assertThat(script(url)).contains("Removed 2 audit entries", "now starts after position 2");
        assertThat(ownerReads("select count(*) from audit_entry")).isEqualTo("1");
        assertThat(verify().intact()).isTrue();

        String refused = script("postgresql://placeworks_app:placeworks_app@localhost:" + postgres.getPort() + "/postgres");
        assertThat(refused).contains("connect as the schema owner");
    }

    private void entry(Instant at) throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement q = c.prepareStatement("insert into audit_entry"
                + " (id, at, actor, action, record_kind, record_id, summary) values (gen_random_uuid(), ?, 'tester', 'VIEW', 'family', 'f', 'read')")) {
            q.setTimestamp(1, Timestamp.from(at));
            q.executeUpdate();
        }
    }

    /** The sealer's run, as the app's role does it. */
    private int seal() throws SQLException {
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            int sealed = AuditChainStore.seal(c, 20_000, LAG, Instant.now());
            c.commit();
            return sealed;
        }
    }

    private ChainReport verify() throws SQLException {
        try (Connection c = app.getConnection()) {
            return AuditChainStore.walk(c, LAG, Instant.now());
        }
    }

    /** What the removal answers, as "count|anchor position|anchor hash" rows. */
    private List<String> remove(Instant cutOff, boolean dryRun) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = owner.getConnection(); PreparedStatement q = c.prepareStatement(
                "select entries_removed, anchor_position, anchor_hash from audit_remove_expired(?, ?)")) {
            q.setTimestamp(1, Timestamp.from(cutOff));
            q.setBoolean(2, dryRun);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3));
                }
            }
        }
        return rows;
    }

    /** Tampering as the owner with triggers off, as a superuser or someone with the database's files can. */
    private void ownerRuns(String sql) throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica; " + sql);
        }
    }

    private String ownerReads(String sql) throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static String script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("deploy/audit/remove-expired"));
        command.addAll(List.of(args));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor();
        return output;
    }
}
