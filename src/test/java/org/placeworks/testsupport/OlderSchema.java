package org.placeworks.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A throwaway PostgreSQL with the schema as an older version left it, for the tests of what a later migration does
 * with the rows it finds: rows are added as that version stored them, then the rest of the migrations run.
 */
public final class OlderSchema implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final DataSource db;

    private OlderSchema(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.db = postgres.getPostgresDatabase();
    }

    /** A new database migrated up to and including {@code version}. */
    public static OlderSchema at(String version) throws IOException {
        OlderSchema schema = started();
        flyway(schema.db).target(version).load().migrate();
        return schema;
    }

    /** A new database with every migration: for a test of the SQL itself, at a size the suite's database never holds. */
    public static OlderSchema latest() throws IOException {
        OlderSchema schema = started();
        schema.migrate();
        return schema;
    }

    private static OlderSchema started() throws IOException {
        return new OlderSchema(EmbeddedPostgres.builder().start());
    }

    /** Runs the migrations after the older version, as an upgrade would. */
    public void migrate() {
        flyway(db).load().migrate();
    }

    public DataSource dataSource() {
        return db;
    }

    /** Runs statements as the schema's owner; "set session_replication_role = replica;" first leaves references unchecked. */
    public void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of the first row, as text. */
    public String query(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration");
    }
}
