package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.OlderSchema;

/**
 * Funds set up before funds had owners: V10 gives each the panel there is (or that decided its grants)
 * and the early help service of that panel's chair.
 */
class FundOwnerMigrationTest {

    private static OlderSchema schema;

    @BeforeAll
    static void startDatabase() throws Exception {
        schema = OlderSchema.at("8");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        schema.close();
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
        schema.execute("set session_replication_role = replica;"
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

        schema.migrate();

        assertThat(schema.query("select service_id || ' ' || panel_id from grant_fund where id = '" + fund + "'"))
                .isEqualTo(familySupport + " " + panel);
    }
}
