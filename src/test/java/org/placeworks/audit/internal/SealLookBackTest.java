package org.placeworks.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.OlderSchema;

/**
 * Each run of the sealer looks back a number of entries for ones committed late (a longer transaction took its seq
 * before others that committed first). What it reads must be the new entries and the seqs it passed over, not the
 * whole look-back: the trail only grows, and the sealer runs every ten seconds. Shown on a trail of 60,000 sealed
 * entries, vacuumed and analysed as a long-lived database's would be.
 */
class SealLookBackTest {

    private static final int SEALED = 60_000;
    /** A look-back a third of the trail, as the sealer's 50,000 is of a large council's first million. */
    private static final int LAG = 20_000;
    private static OlderSchema db;

    @BeforeAll
    static void aLongSealedTrail() throws Exception {
        db = OlderSchema.latest();
        db.execute(entries(SEALED));
        try (Connection c = db.dataSource().getConnection()) {
            seal(c);
        }
        db.execute("vacuum analyze audit_entry, audit_seal");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void anEntryCommittedAfterLaterOnesWereSealedIsSealedByTheNextRun() throws Exception {
        try (Connection late = db.dataSource().getConnection(); Connection c = db.dataSource().getConnection()) {
            long lateSeq = passedOver(late, c);
            late.commit();
            assertThat(seal(c)).as("the late entry, on the next run").isEqualTo(1);
            assertThat(db.query("select position = (select max(position) from audit_seal) from audit_seal where entry_seq = " + lateSeq))
                    .as("sealed as the newest link").isEqualTo("t");
            assertThat(seal(c)).as("nothing left").isZero();
        }
    }

    @Test
    void aSeqRolledBackIsLookedForOnlyUntilTheLookBackHasPassedIt() throws Exception {
        try (Connection gone = db.dataSource().getConnection(); Connection c = db.dataSource().getConnection()) {
            long goneSeq = passedOver(gone, c);
            gone.rollback();
            assertThat(seal(c)).isZero();
            assertThat(db.query("select count(*) from sealer_gap where " + goneSeq + " between first_seq and last_seq"))
                    .as("still looked for within the look-back").isEqualTo("1");

            // With no look-back the run passes it for good, and forgets it.
            AuditChainStore.seal(c, SEALED, 0, Instant.now());
            assertThat(db.query("select count(*) from sealer_gap where " + goneSeq + " between first_seq and last_seq")).isEqualTo("0");
        }
    }

    @Test
    void aRunReadsTheNewEntriesAndThePassedOverSeqsNotItsWholeLookBack() throws Exception {
        try (Connection late = db.dataSource().getConnection(); Connection c = db.dataSource().getConnection()) {
            passedOver(late, c);
            late.commit();
            db.execute(entries(2));

            JsonNode plan = plan(c);
            assertThat(rowsReadFrom(plan, "audit_seal")).as("seals read to find the unsealed entries, of %d, by %s", SEALED, plan)
                    .isLessThanOrEqualTo(3);
            assertThat(seal(c)).as("the late one and the two new").isEqualTo(3);
            assertThat(db.query("select bool_and(ordered) from (select entry_seq > lag(entry_seq) over (order by position) as ordered"
                    + " from (select * from audit_seal order by position desc limit 3) newest) links")).as("sealed in seq order").isEqualTo("t");
        }
    }

    @Test
    void aTrailSealedBeforeThePassedOverSeqsWereKeptIsStillLookedBackOver() throws Exception {
        try (OlderSchema before = OlderSchema.at("65")) {
            before.execute(entries(1_000));
            // Sealed as the sealer did then, all but one committed late: its seq is among sealed ones, and no list says so.
            before.execute("insert into audit_seal (position, entry_seq, entry_hash, sealed_at)"
                    + " select row_number() over (order by seq), seq, 'h', now() from audit_entry where seq <> 500");
            before.migrate();
            try (Connection c = before.dataSource().getConnection()) {
                assertThat(AuditChainStore.seal(c, SEALED, LAG, Instant.now())).isEqualTo(1);
            }
            assertThat(before.query("select count(*) from audit_seal where entry_seq = 500")).isEqualTo("1");
        }
    }

    private static int seal(Connection c) throws Exception {
        return AuditChainStore.seal(c, SEALED, LAG, Instant.now());
    }

    private static String entries(int n) {
        return "insert into audit_entry (id, at, actor, action, record_kind, record_id, summary) select gen_random_uuid(), now(),"
                + " 'seal-test', 'VIEW', 'family', 'f' || i, 'read' from generate_series(1, " + n + ") i";
    }

    /**
     * Takes a seq in a transaction left open on {@code open}, then commits three entries after it and seals them: the
     * run passes over the open one's seq. Answers that seq.
     */
    private static long passedOver(Connection open, Connection c) throws Exception {
        open.setAutoCommit(false);
        long seq = insertOne(open);
        db.execute(entries(3));
        assertThat(seal(c)).as("the three committed after it").isEqualTo(3);
        return seq;
    }

    /** Inserts one entry in the connection's open transaction: its seq is taken now, its row seen when it commits. */
    private static long insertOne(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(entries(1) + " returning seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The plan of the look-back as a run of the sealer binds it. */
    private static JsonNode plan(Connection c) throws Exception {
        long newest = Long.parseLong(db.query("select max(entry_seq) from audit_seal"));
        try (PreparedStatement q = c.prepareStatement("explain (analyze, format json) " + AuditChainStore.UNSEALED)) {
            AuditChainStore.bindLookBack(q, newest, LAG);
            q.setInt(5, SEALED);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
            }
        }
    }

    private static long rowsReadFrom(JsonNode node, String table) {
        long rows = table.equals(node.path("Relation Name").asText())
                ? node.path("Actual Rows").asLong() * node.path("Actual Loops").asLong()
                : 0;
        for (JsonNode child : node.path("Plans")) {
            rows += rowsReadFrom(child, table);
        }
        return rows;
    }
}
