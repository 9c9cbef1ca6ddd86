package org.placeworks.insight.internal;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the summary store ({@code insight_figure}, {@code insight_area_figure}, {@code insight_refresh}) is read from:
 * the {@code insight} datasource when it is configured (PLACEWORKS_INSIGHT_DB_URL, a read-only replica such as
 * CloudNativePG's {@code -ro} service), so that managers' pages take no work from the primary; otherwise the app's
 * own database, through the request's persistence context as before. The store is rebuilt whole on the primary and
 * streamed to replicas, so a replica's figures and its {@code insight_refresh} stamp always belong together.
 */
@ApplicationScoped
public class SummaryReads {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    @Inject
    EntityManager em;

    @Inject
    @DataSource("insight")
    InjectableInstance<AgroalDataSource> replica;

    /** Whether reads go to the insight datasource. */
    public boolean fromReplica() {
        return !replica.listActive().isEmpty();
    }

    /**
     * The rows of one read-only statement with named parameters ({@code :name}); a list of values is bound as one
     * array ({@code = any(:ids)}: {@code UUID[]} or {@code String[]}), never expanded. Each row is an {@code Object[]}.
     */
    public List<Object[]> rows(String sql, Map<String, Object> parameters) {
        if (fromReplica()) {
            return fromReplica(sql, parameters);
        }
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] cells ? cells : new Object[] {row});
        }
        return rows;
    }

    private List<Object[]> fromReplica(String sql, Map<String, Object> parameters) {
        StringBuilder jdbc = new StringBuilder();
        List<Object> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            if (!parameters.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            m.appendReplacement(jdbc, "?");
            values.add(parameters.get(m.group(1)));
        }
        m.appendTail(jdbc);
        try (Connection connection = replica.getActive().getConnection()) {
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(jdbc.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof UUID[] ids) {
                        value = connection.createArrayOf("uuid", ids);
                    } else if (value instanceof String[] names) {
                        value = connection.createArrayOf("text", names);
                    }
                    statement.setObject(i + 1, value);
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the insight summary from the insight datasource: " + e.getMessage(), e);
        }
    }

    /** A timestamp column's value as an instant, however the driver or Hibernate handed it over. */
    static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
