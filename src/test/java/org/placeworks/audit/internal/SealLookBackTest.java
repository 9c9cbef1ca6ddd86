package org.placeworks.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.OlderSchema;

/**
 * Each run of the sealer looks back a fixed number of entries for ones committed late. What it reads must be that
 * window, not the whole chain before it: the trail only grows, and the sealer runs every ten seconds. Shown on a
 * trail of 60,000 sealed entries, vacuumed and analysed as a long-lived database's would be.
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
            while (AuditChainStore.seal(c, SEALED, 0, Instant.now()) > 0) {
                // one batch seals them all; a second run finds none
            }
        }
        db.execute("vacuum analyze audit_entry, audit_seal");
        db.execute(entries(3));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static String entries(int n) {
        return "insert into audit_entry (id, at, actor, action, record_kind, record_id, summary) select gen_random_uuid(), now(),"
                + " 'seal-test', 'VIEW', 'family', 'f' || i, 'read' from generate_series(1, " + n + ") i";
    }

    @Test
    void theLookBackFindsTheUnsealedEntriesInOrder() throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement q = unsealed(c); ResultSet rs = q.executeQuery()) {
            List<Long> seqs = new ArrayList<>();
            while (rs.next()) {
                seqs.add(rs.getLong(1));
            }
            assertThat(seqs).hasSize(3).isSorted();
        }
    }

    @Test
    void theLookBackReadsItsWindowOfSealsNotTheWholeChain() throws Exception {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("explain (analyze, format json) " + AuditChainStore.UNSEALED)) {
            bind(c, q);
            JsonNode plan;
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                plan = new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
            }
            assertThat(rowsReadFrom(plan, "audit_seal")).as("seals read to find the unsealed entries, of %d, by %s", SEALED, plan)
                    .isLessThanOrEqualTo(LAG + 3L);
        }
    }

    private static PreparedStatement unsealed(Connection c) throws Exception {
        PreparedStatement q = c.prepareStatement(AuditChainStore.UNSEALED);
        bind(c, q);
        return q;
    }

    /** The look-back as a run of the sealer sets it: from LAG entries before the newest sealed one. */
    private static void bind(Connection c, PreparedStatement q) throws Exception {
        long lookBack;
        try (PreparedStatement newest = c.prepareStatement("select max(entry_seq) from audit_seal"); ResultSet rs = newest.executeQuery()) {
            rs.next();
            lookBack = rs.getLong(1) - LAG;
        }
        q.setLong(1, lookBack);
        q.setLong(2, lookBack);
        q.setInt(3, SEALED);
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
