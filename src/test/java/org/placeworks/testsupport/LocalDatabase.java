package org.placeworks.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The database for tests and the local stack: an existing PostgreSQL when PLACEWORKS_DB_URL is
 * set, otherwise an embedded PostgreSQL 17 (binaries from Maven Central) on a free port.
 */
public final class LocalDatabase implements AutoCloseable {

    private EmbeddedPostgres embedded;
    private String jdbcUrl;
    private String username;
    private String password;

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
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL. Set PLACEWORKS_DB_URL "
                    + "(and PLACEWORKS_DB_USER, PLACEWORKS_DB_PASSWORD) to use an existing server.", e);
        }
        jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
        username = "postgres";
        password = "";
        LocalKeycloak.log("embedded PostgreSQL started at " + jdbcUrl);
        return this;
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
