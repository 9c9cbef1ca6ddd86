package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.OlderSchema;

/** Consent recorded before versions becomes version 1 of each case's consent, with its giver and agencies. */
class ConsentMigrationTest {

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
    void existingConsentBecomesVersionOne() throws SQLException {
        UUID allowed = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID consented = kase("Dana Parent", true, "Assessment and discussion at the panel");
        agency(consented, allowed, true);
        agency(consented, refused, false);
        UUID awaiting = kase(null, false, null);

        schema.migrate();

        assertThat(schema.query("select number || ' ' || change || ' ' || panel_discussion || ' ' || purposes from caf_consent_version"
                + " where case_id = '" + consented + "'")).isEqualTo("1 GIVEN true Assessment and discussion at the panel");
        assertThat(schema.query("select g.name || ' ' || g.young_person from caf_consent_giver g join caf_consent_version v"
                + " on v.id = g.version_id where v.case_id = '" + consented + "'")).isEqualTo("Dana Parent true");
        assertThat(schema.query("select string_agg(a.agency_id || '=' || a.allowed, ',' order by a.allowed) from caf_consent_version_agency a"
                + " join caf_consent_version v on v.id = a.version_id where v.case_id = '" + consented + "'"))
                .isEqualTo(refused + "=false," + allowed + "=true");
        assertThat(schema.query("select count(*) from caf_consent_version where case_id = '" + awaiting + "'")).isEqualTo("0");
        assertThat(schema.query("select count(*) from information_schema.columns where table_name = 'caf_case'"
                + " and column_name in ('consent_given_by', 'consent_purposes', 'consent_by_young_person')")).isEqualTo("0");
        assertThat(schema.query("select consent_given_on::text from caf_case where id = '" + consented + "'")).isEqualTo("2026-11-02");
    }

    /** A case as V5 stored it; references are not checked so that no family, service or agency is needed. */
    private static UUID kase(String givenBy, boolean youngPerson, String purposes) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = schema.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into caf_case (id, reference, family_id, owning_service_id,"
                    + " status, referred_on, referrer_name, reason, consent_given_by, consent_by_young_person, consent_given_on,"
                    + " consent_purposes, created_at, created_by) values (?, ?, ?, ?, ?, date '2026-11-01', 'Pat', 'Reason', ?, ?,"
                    + " ?, ?, now(), 'frontline')")) {
                insert.setObject(1, id);
                insert.setString(2, "EH-" + id);
                insert.setObject(3, UUID.randomUUID());
                insert.setObject(4, UUID.randomUUID());
                insert.setString(5, givenBy == null ? "AWAITING_CONSENT" : "ASSESSMENT");
                insert.setString(6, givenBy);
                insert.setBoolean(7, youngPerson);
                insert.setObject(8, givenBy == null ? null : java.time.LocalDate.of(2026, 11, 2));
                insert.setString(9, purposes);
                insert.executeUpdate();
            }
        }
        return id;
    }

    private static void agency(UUID caseId, UUID agencyId, boolean allowed) throws SQLException {
        try (Connection c = schema.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into agency (id, name, kind) values (?, ?, 'HEALTH')")) {
                insert.setObject(1, agencyId);
                insert.setString(2, "Agency " + agencyId);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into caf_consent_agency (case_id, agency_id, allowed) values (?, ?, ?)")) {
                insert.setObject(1, caseId);
                insert.setObject(2, agencyId);
                insert.setBoolean(3, allowed);
                insert.executeUpdate();
            }
        }
    }
}
