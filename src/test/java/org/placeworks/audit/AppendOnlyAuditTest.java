package org.placeworks.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The app's own database connection may add to the audit tables and read them, and nothing else: PostgreSQL
 * refuses it (insufficient privilege, SQLSTATE 42501) before any trigger runs, so the refusal is the grant's,
 * not a rule the owner could drop.
 */
@QuarkusTest
class AppendOnlyAuditTest {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource app;

    @Test
    void theAppsConnectionCannotUpdateDeleteOrTruncateTheTrail() throws SQLException {
        String[] tampering = {
            "update audit_entry set summary = 'nothing to see' where id = (select id from audit_entry limit 1)",
            "delete from audit_entry where id = (select id from audit_entry limit 1)",
            "truncate audit_entry",
            "update audit_seal set entry_hash = 'x' where position = (select min(position) from audit_seal)",
            "delete from audit_seal",
            "truncate audit_seal",
        };
        SoftAssertions refused = new SoftAssertions();
        for (String sql : tampering) {
            try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false); // rolled back below, whatever happened: this test must not harm the trail
                refused.assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
                c.rollback();
            }
        }
        refused.assertAll();
    }

    @Test
    void theAppsConnectionIsNotTheOwnerNorASuperuserAndStillAppendsAndReads() throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select r.rolsuper, t.tableowner = current_user from pg_roles r, pg_tables t"
                    + " where r.rolname = current_user and t.tablename = 'audit_entry'")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("superuser").isFalse();
                assertThat(rs.getBoolean(2)).as("owns the audit table").isFalse();
            }
            assertThat(s.executeUpdate("insert into audit_entry (id, at, actor, action, record_kind, record_id, summary)"
                    + " values (gen_random_uuid(), now(), 'append-only-test', 'VIEW', 'family', 'x', 'read')")).isEqualTo(1);
            try (ResultSet rs = s.executeQuery("select count(*) from audit_entry where actor = 'append-only-test'")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
            // Ordinary records keep ordinary DML.
            try (ResultSet rs = s.executeQuery("select has_table_privilege('family', 'UPDATE') and has_table_privilege('family', 'DELETE')")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
    }
}
