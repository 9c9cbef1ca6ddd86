package org.placeworks.subjectaccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

/**
 * The demo's Aisha Begum, as loaded. Her date of birth is read from the record, not worked out from today: the demo
 * may have been loaded on the day before a test runs (a run across midnight).
 */
final class DemoAisha {

    private DemoAisha() {
    }

    static LocalDate bornOn(DataSource db) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                select p.date_of_birth from person p join family f on f.id = p.family_id
                where f.name = 'Begum family' and p.given_name = 'Aisha' and p.family_name = 'Begum' and p.merged_into is null""");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("The demo data has no Aisha Begum in the Begum family");
            }
            return r.getObject(1, LocalDate.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
