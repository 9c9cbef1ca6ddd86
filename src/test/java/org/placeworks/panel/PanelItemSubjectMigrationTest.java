package org.placeworks.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.OlderSchema;

/**
 * Agenda items listed before links were built at render time: the migration turns each stored grant
 * request link into the request's kind and id, and refuses to drop a link it does not understand.
 */
class PanelItemSubjectMigrationTest {

    private static OlderSchema schema;

    @BeforeAll
    static void startDatabase() throws Exception {
        schema = OlderSchema.at("7");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        schema.close();
    }

    @Test
    void storedGrantRequestLinksBecomeSubjectsAndUnknownLinksStopTheMigration() throws SQLException {
        UUID request = UUID.randomUUID();
        UUID grantItem = item("/grants/requests/" + request);
        UUID plainItem = item(null);
        UUID oddItem = item("/somewhere/else");

        assertThatThrownBy(() -> schema.migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("move them by hand first");
        // Nothing was half done: the link is still there to be moved.
        assertThat(schema.query("select subject_link from panel_item where id = '" + oddItem + "'")).isEqualTo("/somewhere/else");

        schema.execute("delete from panel_item where id = '" + oddItem + "'");
        schema.migrate();

        assertThat(schema.query("select subject_kind || ' ' || subject_id from panel_item where id = '" + grantItem + "'"))
                .isEqualTo("grant-request " + request);
        assertThat(schema.query("select coalesce(subject_kind, 'none') || ' ' || coalesce(subject_id::text, 'none') "
                + "from panel_item where id = '" + plainItem + "'")).isEqualTo("none none");
        assertThat(schema.query("select count(*) from information_schema.columns "
                + "where table_name = 'panel_item' and column_name = 'subject_link'")).isEqualTo("0");
    }

    /** An item as V7 stored it; references are not checked so that no meeting or case is needed. */
    private static UUID item(String link) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = schema.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into panel_item (id, meeting_id, case_id, kind, "
                    + "note, subject_link, position, submitted_by, submitted_at, case_reference, family_name, "
                    + "children_ages, needs, case_reason) values (?, ?, ?, 'GRANT_REQUEST', 'Grant request', ?, 1, "
                    + "'frontline', now(), 'EH-1', 'Family', '7', '', 'Reason')")) {
                insert.setObject(1, id);
                insert.setObject(2, UUID.randomUUID());
                insert.setObject(3, UUID.randomUUID());
                insert.setString(4, link);
                insert.executeUpdate();
            }
        }
        return id;
    }
}
