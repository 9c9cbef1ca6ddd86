package org.placeworks.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.placeworks.identity.Roles;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.WallProbe;

/**
 * The hash chain catches what the app's own role cannot do but the schema owner (or anyone with the database's
 * files) can: an entry changed, deleted, or slipped in among sealed ones. Each tampering is done as the owner,
 * with triggers off, checked, and undone, so that the chain holds again for the tests after.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditChain chain;

    @Inject
    AuditTrail trail;

    @BeforeEach
    void everythingSoFarIsSealed() {
        while (chain.seal() > 0) {
            // a large trail takes several runs
        }
    }

    @Test
    void aSealedTrailVerifiesAndNewEntriesWaitForTheNextSeal() throws SQLException {
        ChainReport sealed = chain.verify();
        assertThat(sealed.intact()).as(sealed.problem()).isTrue();
        assertThat(sealed.sealedEntries()).isPositive();
        assertThat(sealed.awaitingSeal()).isZero();

        ownerRuns("insert into audit_entry (id, at, actor, action, record_kind, record_id, summary)"
                + " values (gen_random_uuid(), now(), 'chain-test', 'VIEW', 'family', 'f', 'read')");
        assertThat(chain.verify().awaitingSeal()).isEqualTo(1);
        assertThat(chain.seal()).isEqualTo(1);
        ChainReport after = chain.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.headPosition()).isEqualTo(sealed.headPosition() + 1);
        assertThat(after.headHash()).isNotEqualTo(sealed.headHash());
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void anAdministratorSeesWhetherTheChainHoldsOnAPageAndOverTheApi() throws SQLException {
        given().get("/admin/audit-chain").then().statusCode(200).body(containsString("The chain holds"))
                .body(containsString("at its first link: no entries have been removed"));
        given().get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true)).body("awaitingSeal", equalTo(0))
                .body("anchorPosition", equalTo(0));
        long seq = sealedEntryAt(4);
        String summary = ownerReads("select summary from audit_entry where seq = " + seq);
        ownerRuns("update audit_entry set summary = summary || ' (edited)' where seq = " + seq);
        try {
            given().get("/admin/audit-chain").then().statusCode(200).body(containsString("The chain is broken"))
                    .body(containsString("position 4, audit entry " + seq));
            given().get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(false)).body("brokenAt", equalTo(4))
                    .body("entrySeq", equalTo((int) seq));
        } finally {
            ownerRuns("update audit_entry set summary = '" + summary.replace("'", "''") + "' where seq = " + seq);
        }
    }

    @Test
    @TestSecurity(user = "frontline", roles = Roles.FRONTLINE)
    void onlyAdministratorsCheckTheChain() {
        given().get("/admin/audit-chain").then().statusCode(403);
        given().get("/api/v1/audit/chain").then().statusCode(403);
    }

    @Test
    void aChangedEntryBreaksTheChainAtItsLink() throws SQLException {
        long seq = sealedEntryAt(3);
        String summary = ownerReads("select summary from audit_entry where seq = " + seq);
        ownerRuns("update audit_entry set summary = 'Nothing to see here' where seq = " + seq);
        try {
            ChainReport report = chain.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(3);
            assertThat(report.entrySeq()).isEqualTo(seq);
            assertThat(report.problem()).contains("changed");
        } finally {
            ownerRuns("update audit_entry set summary = '" + summary.replace("'", "''") + "' where seq = " + seq);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryBreaksTheChainAtItsLink() throws SQLException {
        long seq = sealedEntryAt(2);
        ownerRuns("create temporary table kept as select * from audit_entry where seq = " + seq
                + "; delete from audit_entry where seq = " + seq, "insert into audit_entry overriding system value select * from kept");
        ChainReport report = lastReport;
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(2);
        assertThat(report.problem()).contains("deleted");
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void anEntrySlippedInAmongSealedOnesIsFoundOutsideTheChain() throws SQLException {
        ownerRuns("insert into audit_entry (seq, id, at, actor, action, record_kind, record_id, summary) overriding system value"
                + " values (0, gen_random_uuid(), now() - interval '400 days', 'someone', 'VIEW', 'family', 'f', 'backdated')");
        try {
            assertThat(chain.seal()).as("the sealer does not take it in").isZero();
            ChainReport report = chain.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.entrySeq()).isZero();
            assertThat(report.problem()).contains("outside the chain");
        } finally {
            ownerRuns("delete from audit_entry where seq = 0");
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    private ChainReport lastReport;

    /** Runs the tampering as the owner with triggers off (as a superuser can), checks the chain, then the repair. */
    private void ownerRuns(String tampering, String repair) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica; " + tampering);
            try {
                lastReport = chain.verify();
            } finally {
                s.execute(repair);
            }
        }
    }

    private void ownerRuns(String sql) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica; " + sql);
        }
    }

    private String ownerReads(String sql) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long sealedEntryAt(long position) throws SQLException {
        return Long.parseLong(ownerReads("select entry_seq from audit_seal where position = " + position));
    }

    private Connection asOwner() throws SQLException {
        return WallProbe.ownerConnection();
    }
}
