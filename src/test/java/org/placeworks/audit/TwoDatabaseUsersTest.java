package org.placeworks.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.internal.AppRoleGrants;

/**
 * A database that has run with one user (the owner) moves to two: the app's role is created, and the next start's
 * migration grants it its rights, with no script run by hand; before that, the role can do nothing.
 */
class TwoDatabaseUsersTest {

    private static EmbeddedPostgres postgres;
    private static DataSource owner;

    @BeforeAll
    static void aDatabaseThatRanWithOneUser() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        owner = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(owner).locations("classpath:db/migration").target("35").load().migrate();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into audit_entry (id, at, actor, action, record_kind, record_id, summary)"
                    + " values (gen_random_uuid(), now(), 'before', 'VIEW', 'family', 'f', 'read before the upgrade')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theNextStartGrantsTheNewRoleItsRightsAndNoMore() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("create role placeworks_app login password 'placeworks_app'");
        }
        try (Connection app = postgres.getDatabase("placeworks_app", "postgres").getConnection(); Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select count(*) from family")).isInstanceOf(SQLException.class);
        }

        // As the app starts: Flyway as the owner, with the callback Quarkus registers (quarkus.flyway.callbacks).
        Flyway.configure().dataSource(owner).locations("classpath:db/migration").callbacks(new AppRoleGrants()).load().migrate();

        try (Connection app = postgres.getDatabase("placeworks_app", "postgres").getConnection(); Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("select count(*) from audit_entry where actor = 'before'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            s.execute("insert into audit_entry (id, at, actor, action, record_kind, record_id, summary)"
                    + " values (gen_random_uuid(), now(), 'after', 'VIEW', 'family', 'f', 'read after')");
            s.execute("update family set id = id where false");
            s.executeQuery("select count(*) from wall_case_holder").close();
            s.execute("delete from family where false");
            app.commit();
            for (String tampering : new String[] {"update audit_entry set summary = 'x'", "delete from audit_entry", "truncate audit_entry",
                "truncate audit_seal", "delete from flyway_schema_history",
                // The wall's views read with their owner's rights (V52): written through, they would pass the wall.
                "update wall_case_holder set owning_service_id = owning_service_id where false", "delete from wall_case_holder where false",
                "insert into wall_team_member (case_id, staff_id) select case_id, staff_id from caf_team_member where false"}) {
                assertThatThrownBy(() -> s.execute(tampering)).as(tampering).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                app.rollback();
            }
        }
    }
}
