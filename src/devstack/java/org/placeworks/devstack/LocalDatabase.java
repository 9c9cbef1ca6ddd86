package org.placeworks.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database for tests and the local run: an existing PostgreSQL when PLACEWORKS_DB_URL is set,
 * otherwise an embedded PostgreSQL 17 (binaries from Maven Central) on a free port. Tests get a
 * throwaway one; the local run keeps its data and writes it safely.
 */
public final class LocalDatabase implements AutoCloseable {

    private final LocalData data;
    private EmbeddedPostgres embedded;
    private String jdbcUrl;
    private String username;
    private String password;

    private LocalDatabase(LocalData data) {
        this.data = data;
    }

    /** For tests: a fresh temporary directory, deleted at the end, and no waiting for the disk. */
    public static LocalDatabase throwaway() {
        return new LocalDatabase(null);
    }

    /** For the local run: the data in {@link LocalData#postgres()}, reused on the next start and flushed to disk on commit. */
    public static LocalDatabase keepingDataIn(LocalData data) {
        return new LocalDatabase(data);
    }

    public LocalDatabase start() {
        String external = System.getenv("PLACEWORKS_DB_URL");
        if (external != null && !external.isBlank()) {
            jdbcUrl = external;
            username = System.getenv().getOrDefault("PLACEWORKS_DB_USER", "placeworks");
            password = System.getenv().getOrDefault("PLACEWORKS_DB_PASSWORD", "");
            LocalKeycloak.log("using the PostgreSQL at " + jdbcUrl);
            return this;
        }
        try {
            embedded = data == null ? EmbeddedPostgres.builder().start() : startKeepingData();
        } catch (LocalData.DataInUse e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (data != null) {
                data.requireNotInUse(); // lost a race with another run: say so plainly
            }
            throw new IllegalStateException("Could not start the embedded PostgreSQL. Set PLACEWORKS_DB_URL "
                    + "(and PLACEWORKS_DB_USER, PLACEWORKS_DB_PASSWORD) to use an existing server.", e);
        }
        jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
        username = "postgres";
        password = "";
        LocalKeycloak.log("embedded PostgreSQL started at " + jdbcUrl);
        return this;
    }

    private EmbeddedPostgres startKeepingData() throws IOException {
        data.requireNotInUse();
        // The library's defaults suit throwaway tests (fsync and synchronous commit off): a crash there loses nothing.
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(data.postgres())
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        requireDurable(server);
        return server;
    }

    /** Checks what the server really does, since a flag of the library turns fsync off unless overridden. */
    private void requireDurable(EmbeddedPostgres server) throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    if (!"on".equals(rs.getString(1))) {
                        server.close();
                        throw new IllegalStateException("PostgreSQL runs with " + setting + "=" + rs.getString(1)
                                + "; the local data would not survive a crash");
                    }
                }
            }
        } catch (SQLException e) {
            server.close();
            throw new IOException(e);
        }
        LocalKeycloak.log("PostgreSQL keeps its data in " + data.postgres() + " (fsync and synchronous commit on)");
    }

    public Map<String, String> quarkusConfig() {
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", username,
                "quarkus.datasource.password", password);
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            embedded = null;
        }
    }
}
