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
 *
 * <p>Two users, as in production: the owner runs the migrations (Flyway), and the app connects as its own
 * role, which may only append to the audit tables. The app's role is made here if it is missing (the embedded
 * server's superuser can; on an existing server the owner needs CREATEROLE, or an administrator makes it).
 */
public final class LocalDatabase implements AutoCloseable {

    private final LocalData data;
    private EmbeddedPostgres embedded;
    private String jdbcUrl;
    private String owner;
    private String ownerPassword;
    private String appUser;
    private String appPassword;

    /** The app's role on the embedded server (local only: the embedded server trusts local connections anyway). */
    static final String EMBEDDED_APP_USER = "placeworks_app";

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
            owner = env("PLACEWORKS_DB_OWNER", "placeworks");
            ownerPassword = env("PLACEWORKS_DB_OWNER_PASSWORD", "");
            appUser = env("PLACEWORKS_DB_USER", EMBEDDED_APP_USER);
            appPassword = env("PLACEWORKS_DB_PASSWORD", EMBEDDED_APP_USER);
            LocalKeycloak.log("using the PostgreSQL at " + jdbcUrl + " (owner " + owner + ", app " + appUser + ")");
            try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, owner, ownerPassword)) {
                ensureAppRole(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not make sure the app's database role " + appUser + " exists at "
                        + jdbcUrl + " (connected as " + owner + "): " + e.getMessage(), e);
            }
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
        // Not the library's URL, which names the superuser in it (?user=postgres) and so would override the user the app
        // connects as: the app and Flyway each give their own.
        jdbcUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
        owner = "postgres";
        ownerPassword = "";
        appUser = EMBEDDED_APP_USER;
        appPassword = EMBEDDED_APP_USER;
        // Also on a data folder from before the app had its own role: the role is added, the next migration grants.
        try (Connection c = embedded.getPostgresDatabase().getConnection()) {
            ensureAppRole(c);
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Could not create the app's database role " + appUser + ": " + e.getMessage(), e);
        }
        LocalKeycloak.log("embedded PostgreSQL started at " + jdbcUrl);
        return this;
    }

    /**
     * Creates the app's login role when it is missing: no privileges of its own (the migrations grant them, as the
     * owner), never a superuser, so that PostgreSQL's grants bind it.
     */
    private void ensureAppRole(Connection asOwner) throws SQLException {
        try (java.sql.PreparedStatement q = asOwner.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            q.setString(1, appUser);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = asOwner.createStatement()) {
            s.execute("create role \"" + appUser.replace("\"", "\"\"") + "\" login nosuperuser nocreatedb nocreaterole password '"
                    + appPassword.replace("'", "''") + "'");
        }
        LocalKeycloak.log("created the app's database role " + appUser);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
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
        Map<String, String> config = new java.util.HashMap<>(Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", appUser,
                "quarkus.datasource.password", appPassword,
                "quarkus.flyway.username", owner));
        // Quarkus refuses an empty value; an owner without a password (the embedded server trusts local connections)
        // leaves the setting out, and whatever the default says is not asked for.
        if (!ownerPassword.isEmpty()) {
            config.put("quarkus.flyway.password", ownerPassword);
        }
        return config;
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
