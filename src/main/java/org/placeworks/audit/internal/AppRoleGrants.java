package org.placeworks.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * After every migration, as the schema owner (Flyway's own connection), gives the app's database role
 * ({@code quarkus.datasource.username}) what it needs and no more: ordinary DML on the records, but only
 * INSERT and SELECT on the audit tables (every table named {@code audit_*}; only SELECT on {@code audit_removal}, and no
 * EXECUTE on {@code audit_remove_expired}, which are the owner's), so that the role the app runs
 * as cannot rewrite, delete or truncate the trail. Done on every start, not once in a migration, so that
 * tables added later, a renamed role or an existing database moving to two roles are covered without a
 * hand-run script. Registered with {@code quarkus.flyway.callbacks}.
 */
public class AppRoleGrants implements Callback {

    private static final Logger LOG = Logger.getLogger(AppRoleGrants.class);

    /** Advisory lock key ("grants" in ASCII): replicas starting together grant one after the other. */
    static final long LOCK_KEY = 0x6772616e7473L;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "placeworks-app-role-grants";
    }

    @Override
    public void handle(Event event, Context context) {
        String app = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse("");
        try {
            grant(context.getConnection(), app);
        } catch (SQLException e) {
            throw new FlywayException("Could not grant the app's database role " + app + " its privileges: " + e.getMessage(), e);
        }
    }

    static void grant(Connection owner, String app) throws SQLException {
        if (app.isBlank()) {
            return;
        }
        try (PreparedStatement q = owner.prepareStatement("select current_user, exists (select 1 from pg_roles where rolname = ?)")) {
            q.setString(1, app);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getString(1).equals(app)) {
                    // AppendOnlyGuard refuses to start the app like this (outside dev): say why here too.
                    LOG.warnf("The app connects to PostgreSQL as %s, the schema owner: it could change the audit trail."
                            + " Give it its own role (docs/running.md, \"Two database users\").", app);
                    return;
                }
                if (!rs.getBoolean(2)) {
                    throw new SQLException("the role " + app + " does not exist: create it first (docs/running.md, \"Two database users\")");
                }
            }
        }
        String role = quoted(app);
        // One transaction, so that the advisory lock holds to the end (Flyway may already have one open).
        boolean ownTransaction = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement s = owner.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            s.execute("grant usage on schema public to " + role);
            s.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            s.execute("grant usage, select on all sequences in schema public to " + role);
            // Flyway's history is the owner's business; the app only reads it (nothing of ours does).
            s.execute("revoke insert, update, delete, truncate on flyway_schema_history from " + role);
            s.execute("do $$ declare t text; begin"
                    + " for t in select quote_ident(tablename) from pg_tables where schemaname = 'public' and tablename like 'audit\\_%' loop"
                    + " execute 'revoke update, delete, truncate, references, trigger on ' || t || ' from " + role.replace("'", "''") + "';"
                    + " execute 'grant select, insert on ' || t || ' to " + role.replace("'", "''") + "';"
                    + " end loop; end $$");
            // The wall's own views (V52) read families and cases with their owner's rights: written through, they
            // would pass the wall, so the app may only read them.
            s.execute("do $$ declare v text; begin"
                    + " for v in select quote_ident(viewname) from pg_views where schemaname = 'public' and viewname like 'wall\\_%' loop"
                    + " execute 'revoke insert, update, delete, truncate, references, trigger on ' || v || ' from " + role.replace("'", "''") + "';"
                    + " end loop; end $$");
            // The removal of entries past their rule is the owner's alone (V45): the app may read its record, never add
            // one (a false anchor), and may not run it. Checked by name, so that a database before V45 still starts.
            s.execute("do $$ begin"
                    + " if to_regclass('public.audit_removal') is not null then"
                    + " execute 'revoke insert on audit_removal from " + role.replace("'", "''") + "'; end if;"
                    + " if to_regprocedure('public.audit_remove_expired(timestamptz, boolean)') is not null then"
                    + " execute 'revoke all on function audit_remove_expired(timestamptz, boolean) from " + role.replace("'", "''") + "';"
                    + " end if; end $$");
            if (ownTransaction) {
                owner.commit();
            }
        } catch (SQLException e) {
            if (ownTransaction) {
                owner.rollback();
            }
            throw e;
        } finally {
            if (ownTransaction) {
                owner.setAutoCommit(true);
            }
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
