package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Funds set up before funds had owners: V10 gives each the panel there is (or that decided its grants)
 * and the early help service of that panel's chair.
 */
class FundOwnerMigrationTest {

    private static EmbeddedPostgres postgres;
    private static DataSource db;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("8").load().migrate();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void anExistingFundBelongsToTheChairsEarlyHelpServiceAndTheOnlyPanel() throws SQLException {
        UUID agency = UUID.randomUUID();
        UUID familySupport = UUID.randomUUID();
        UUID streetScene = UUID.randomUUID();
        UUID chair = UUID.randomUUID();
        UUID panel = UUID.randomUUID();
        UUID fund = UUID.randomUUID();
        // References are not checked so that no areas are needed.
        execute("set session_replication_role = replica;"
                + "insert into agency (id, name, kind) values ('" + agency + "', 'Eastmoor District Council', 'COUNCIL');"
                + "insert into service (id, name, agency_id) values ('" + familySupport + "', 'Family Support Thornbury', '" + agency + "'),"
                + " ('" + streetScene + "', 'A Street Scene', '" + agency + "');"
                + "insert into service_strand values ('" + familySupport + "', 'EARLY_INTERVENTION'), ('" + streetScene + "', 'ESTATE_SERVICES');"
                + "insert into staff_member (id, username, given_name, family_name, email) values ('" + chair
                + "', 'chair', 'Chris', 'Hale', 'chair@eastmoor.example');"
                + "insert into staff_membership values ('" + chair + "', '" + familySupport + "'), ('" + chair + "', '" + streetScene + "');"
                + "insert into panel (id, name, locality_id, chair_staff_id, cadence_week, cadence_day, start_time, cut_off_days,"
                + " minutes_per_item, quorum_agencies) values ('" + panel + "', 'Thornbury Early Help Panel', '" + UUID.randomUUID()
                + "', '" + chair + "', 2, 'TUESDAY', '10:00', 7, 10, 3);"
                + "insert into grant_fund (id, name, year_start, budget_pence, max_award_pence, max_per_family_pence, chair_limit_pence)"
                + " values ('" + fund + "', 'Thornbury small grants', 2026, 250000, 15000, 30000, 5000);");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(query("select service_id || ' ' || panel_id from grant_fund where id = '" + fund + "'"))
                .isEqualTo(familySupport + " " + panel);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
