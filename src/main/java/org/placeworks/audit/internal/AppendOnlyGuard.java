package org.placeworks.audit.internal;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses to start when the app's own connection could rewrite the audit trail: as a superuser, as the owner of
 * an audit table, with UPDATE, DELETE or TRUNCATE on one, or allowed to run the owner's removal of old entries. The
 * trail is only as append-only as the weakest deployment, so a single-user database is a configuration error, not a
 * silent downgrade.
 */
@ApplicationScoped
class AppendOnlyGuard {

    private static final Logger LOG = Logger.getLogger(AppendOnlyGuard.class);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "placeworks.audit.require-append-only", defaultValue = "true")
    boolean required;

    @Transactional
    void check(@Observes StartupEvent start) {
        List<String> faults = faults();
        if (faults.isEmpty()) {
            return;
        }
        String message = "The app's database role can change the audit trail (" + String.join("; ", faults)
                + "). Connect as a role that may only insert into and read the audit tables, and run the migrations"
                + " as the schema owner (docs/running.md, \"Two database users\").";
        if (required) {
            throw new IllegalStateException(message);
        }
        LOG.warn(message);
    }

    @SuppressWarnings("unchecked")
    List<String> faults() {
        return em.createNativeQuery("select current_user || ' is a superuser' from pg_roles where rolname = current_user and rolsuper"
                + " union all select current_user || ' owns ' || tablename from pg_tables"
                + "   where schemaname = 'public' and tablename like 'audit\\_%' and tableowner = current_user"
                + " union all select current_user || ' may ' || p || ' ' || tablename from pg_tables"
                + "   cross join unnest(array['UPDATE', 'DELETE', 'TRUNCATE']) p"
                + "   where schemaname = 'public' and tablename like 'audit\\_%' and has_table_privilege(quote_ident(tablename), p)"
                + " union all select current_user || ' may run audit_remove_expired'"
                + "   where coalesce(has_function_privilege(to_regprocedure('public.audit_remove_expired(timestamptz, boolean)')::oid,"
                + "   'EXECUTE'), false)"
                + " order by 1").getResultList();
    }
}
