package org.placeworks.testsupport;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.placeworks.organisation.RowScope;

/**
 * Runs SQL that forgets every boundary, as a request would run it (its ground prepared, on the app's own pool) or as
 * the schema's owner (whom the database's wall does not hold): what the row-level security tests compare.
 */
public final class WallProbe {

    private WallProbe() {
    }

    /** The first column's ids, read as a request of the test's signed-in identity (or of nobody, outside one). */
    public static Set<UUID> asTheRequest(String sql) {
        AgroalDataSource pool = Arc.container().instance(AgroalDataSource.class).get();
        return inTheRequest(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = pool.getConnection()) {
                return ids(c, sql);
            }
        }));
    }

    /** The first column's ids, read on the app's own pool by work that is not a request (the nightly jobs'). */
    public static Set<UUID> asSystemWork(String sql) {
        AgroalDataSource pool = Arc.container().instance(AgroalDataSource.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = pool.getConnection()) {
                return ids(c, sql);
            }
        });
    }

    /** Runs {@code work} in a request of the test's signed-in identity (or of nobody), its ground prepared. */
    public static <T> T inTheRequest(Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            requests.terminate();
        }
        requests.activate();
        try {
            Arc.container().instance(RowScope.class).get().prepare();
            return work.get();
        } finally {
            requests.terminate();
        }
    }

    /** The first column's ids, read as the schema's owner: every row. */
    public static Set<UUID> asOwner(String sql) {
        try (Connection c = ownerConnection()) {
            return ids(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection as the schema's owner (migrations' user), outside the app's pool. */
    public static Connection ownerConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getOptionalValue("quarkus.flyway.password", String.class).orElse(""));
    }

    public static Set<UUID> ids(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            Set<UUID> ids = new HashSet<>();
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
            return ids;
        }
    }
}
