package org.placeworks.insight.internal;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Rebuilds the summary store at start when it has never been fully built: a database whose records were
 * written behind the app's back (a bulk load, such as the benchmark's synthetic council, which clears
 * {@code insight_refresh} to say so). Observed after the demo loader, which builds the store itself.
 */
@ApplicationScoped
public class SummaryAtStart {

    private static final Logger LOG = Logger.getLogger(SummaryAtStart.class);

    @Inject
    EntityManager em;

    @Inject
    SummaryRebuild rebuild;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent event) {
        if (neverBuilt()) {
            long began = System.nanoTime();
            // fullWaiting starts its own transaction with the hour's timeout: wrapped in another, Narayana refuses the
            // timeout ("can only be done at the entry level of a transaction") and the app does not start.
            rebuild.fullWaiting();
            LOG.infof("Rebuilt the insight summary store at start (it had never been fully built) in %d ms",
                    (System.nanoTime() - began) / 1_000_000);
        }
    }

    @Transactional
    boolean neverBuilt() {
        return ((Number) em.createNativeQuery("select count(*) from insight_refresh where full_rebuild_at is not null")
                .getSingleResult()).longValue() == 0;
    }
}
