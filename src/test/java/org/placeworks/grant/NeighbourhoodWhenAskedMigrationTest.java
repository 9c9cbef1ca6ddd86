package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.OlderSchema;

/**
 * Requests made before V65 get the neighbourhood the family lived in on the day it asked: from the residence that
 * covered that day (a family that has moved since keeps its old neighbourhood), or where it lives now when no
 * residence covers the day.
 */
class NeighbourhoodWhenAskedMigrationTest {

    private static OlderSchema schema;

    @BeforeAll
    static void startDatabase() throws Exception {
        schema = OlderSchema.at("64");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        schema.close();
    }

    @Test
    void aRequestGetsTheNeighbourhoodTheFamilyLivedInWhenItAsked() throws SQLException {
        UUID northgate = UUID.randomUUID();
        UUID riverside = UUID.randomUUID();
        UUID market = UUID.randomUUID();
        UUID oldHome = UUID.randomUUID();
        UUID newHome = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        UUID neverRecorded = UUID.randomUUID();
        UUID beforeTheMove = UUID.randomUUID();
        UUID afterTheMove = UUID.randomUUID();
        UUID withoutAResidence = UUID.randomUUID();
        // References are not checked, so that no funds, cases or needs are needed.
        schema.execute("set session_replication_role = replica;"
                + area(northgate, "Northgate") + area(riverside, "Riverside") + area(market, "Market Square")
                + "insert into address (id, uprn, line1, town, postcode, neighbourhood_id) values"
                + " ('" + oldHome + "', 100090000010, '1 North Street', 'Thornbury', 'TH1 1AA', '" + northgate + "'),"
                + " ('" + newHome + "', 100090000182, '2 River Walk', 'Thornbury', 'TH1 2BB', '" + riverside + "');"
                + "insert into family (id, name, address_id, created_at, created_by) values"
                + " ('" + moved + "', 'Moved family', '" + newHome + "', '2025-01-01T09:00:00Z', 'frontline');"
                + "insert into family (id, name, address_id, place_kind, place_area_id, place_description, created_at, created_by)"
                + " values ('" + neverRecorded + "', 'Unrecorded family', null, 'NO_FIXED_ABODE', '" + market + "',"
                + " 'Staying with friends near the market', '2025-01-01T09:00:00Z', 'frontline');"
                + "insert into family_residence (id, family_id, kind, address_id, from_date, to_date, recorded_at, recorded_by) values"
                + " ('" + UUID.randomUUID() + "', '" + moved + "', 'HOME', '" + oldHome + "', '2025-01-01', '2026-05-31', now(), 'frontline'),"
                + " ('" + UUID.randomUUID() + "', '" + moved + "', 'HOME', '" + newHome + "', '2026-06-01', null, now(), 'frontline');"
                + request(beforeTheMove, moved, "2026-03-10T11:00:00Z") + request(afterTheMove, moved, "2026-07-01T11:00:00Z")
                + request(withoutAResidence, neverRecorded, "2026-03-10T11:00:00Z"));

        schema.migrate();

        assertThat(schema.query("select neighbourhood_id::text from grant_request where id = '" + beforeTheMove + "'")).isEqualTo(northgate.toString());
        assertThat(schema.query("select neighbourhood_id::text from grant_request where id = '" + afterTheMove + "'")).isEqualTo(riverside.toString());
        assertThat(schema.query("select neighbourhood_id::text from grant_request where id = '" + withoutAResidence + "'")).isEqualTo(market.toString());
    }

    private static String area(UUID id, String name) {
        return "insert into area (id, kind, code, vintage, name) values ('" + id + "', 'NEIGHBOURHOOD', '" + name.substring(0, 3)
                + "', 2024, '" + name + "');";
    }

    private static String request(UUID id, UUID family, String requestedAt) {
        return "insert into grant_request (id, fund_id, case_id, family_id, need_id, item, category, amount_pence, cannot_pay_evidence,"
                + " other_sources_tried, status, requested_by, requested_at) values ('" + id + "', '" + UUID.randomUUID() + "', '"
                + UUID.randomUUID() + "', '" + family + "', '" + UUID.randomUUID() + "', 'Glasses', 'GLASSES', 4000,"
                + " 'Universal Credit letter', 'School asked', 'AWAITING_DECISION', 'frontline', '" + requestedAt + "');";
    }
}
