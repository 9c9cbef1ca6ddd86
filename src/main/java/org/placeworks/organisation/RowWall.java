package org.placeworks.organisation;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import org.placeworks.shared.Reading;
import org.postgresql.PGConnection;

/**
 * Hands the request's ground to PostgreSQL every time a connection of the main datasource is checked out, so the
 * row-level policies of V44 hold each query to it. Inside a transaction the settings are local to it (they end at
 * commit or rollback); a connection checked out without one (reads outside a transaction) keeps them for the
 * session until a checkout for another ground sets them again, so no request ever runs on another's ground. Because
 * of the latter, a connection pooler in front of PostgreSQL must run in session mode (deploy/k8s/postgres.yaml).
 *
 * <p>A transaction begun as a {@link Reading} is told so ({@code placeworks.reading}): it changes nothing, so a case's
 * content, once it has passed the wall, may pass again without the case being checked for every row (V57), and so may
 * the rows a family holds (V59). Every setting of the ground forgets the case and the family that passed, so a read
 * past the ground and back is checked again.
 */
@ApplicationScoped
public class RowWall implements AgroalPoolInterceptor {

    @Inject
    Reading reading;

    // The lists of ids are set as PostgreSQL's own text of a uuid[]: the wall's functions find an id in that text
    // (V54, V55), which is exact only for ids in canonical form.
    private static final String HOLD = "select set_config('placeworks.scope', ?, ?), set_config('placeworks.staff', ?, ?),"
            + " set_config('placeworks.services', ?::uuid[]::text, ?), set_config('placeworks.neighbourhoods', ?::uuid[]::text, ?),"
            + " set_config('placeworks.estates', ?::uuid[]::text, ?), set_config('placeworks.shared', ?::uuid[]::text, ?),"
            + " set_config('placeworks.roles', ?::text[]::text, ?), set_config('placeworks.principal', ?, ?),"
            + " set_config('placeworks.reading', ?, ?), set_config('placeworks.case_passed', '', ?),"
            + " set_config('placeworks.family_passed', '', ?)";

    /**
     * The ground each pooled connection holds for its session: a connection checked out again outside a transaction
     * for the same ground (the next read of the same request, or the same person's next request) needs no statement.
     */
    private final Map<Object, RowGround> sessions = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            RowGround ground = RowScope.ofThisThread();
            if (connection.getAutoCommit()) {
                Object session = connection.unwrap(PGConnection.class);
                if (!ground.equals(sessions.get(session))) {
                    hold(connection, ground, false);
                    sessions.put(session, ground);
                }
            } else {
                hold(connection, ground, reading.begun());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the request's ground on a database connection: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the ground on this connection: for its transaction if one is open, otherwise for the session. In a
     * transaction that is a reading, the wall may remember the case and the family that last passed (only ever for the
     * transaction).
     */
    public static void hold(Connection connection, RowGround ground, boolean inReading) throws SQLException {
        boolean local = !connection.getAutoCommit();
        try (PreparedStatement set = connection.prepareStatement(HOLD)) {
            set.setString(1, ground.scope());
            set.setString(3, ground.staffId() == null ? "" : ground.staffId().toString());
            set.setArray(5, uuids(connection, ground.services()));
            set.setArray(7, uuids(connection, ground.neighbourhoods()));
            set.setArray(9, uuids(connection, ground.estates()));
            set.setArray(11, uuids(connection, ground.shared()));
            set.setArray(13, connection.createArrayOf("text", ground.roles().toArray()));
            set.setString(15, ground.principal());
            set.setString(17, inReading && local ? "on" : "off");
            for (int local_ = 2; local_ <= 18; local_ += 2) {
                set.setBoolean(local_, local);
            }
            set.setBoolean(19, local);
            set.setBoolean(20, local);
            set.executeQuery().close();
        }
    }

    private static Array uuids(Connection connection, Set<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
