package org.placeworks.insight.internal;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.UUID;
import org.placeworks.insight.InsightFilter;
import org.placeworks.organisation.Strand;

/**
 * Which rows of the outcome and timeliness store (V36) a table reads: the months of the filter's period, the
 * reader's neighbourhoods (one array parameter however many), and the service and worker chosen. Without a worker
 * it reads the rows summed over workers, so the rows read do not grow with the workforce. Every condition is fixed
 * text; the values go in as bound parameters.
 */
record StoreScope(InsightFilter filter, UUID[] neighbourhoods, boolean byWorker) {

    static StoreScope of(InsightFilter filter, Collection<UUID> neighbourhoods, boolean byWorker) {
        return new StoreScope(filter, neighbourhoods.toArray(UUID[]::new), byWorker || filter.worker() != null);
    }

    /** Early help cases are all of the Early Intervention strand: another strand has none. */
    boolean empty() {
        return neighbourhoods.length == 0 || (filter.strand() != null && filter.strand() != Strand.EARLY_INTERVENTION);
    }

    /** The conditions on a store table aliased {@code t}. */
    String where() {
        StringBuilder sql = new StringBuilder(" where t.by_worker = :byWorker and t.month between :from and :to"
                + " and t.neighbourhood_id = any(:neighbourhoods)");
        if (filter.service() != null) {
            sql.append(" and t.service_id = :service");
        }
        if (filter.worker() != null) {
            // A worker's cases: those they lead or were allocated, as the case lists count them.
            sql.append(" and (t.lead_id = :worker or t.allocated_id = :worker)");
        }
        return sql.toString();
    }

    Query bind(Query query) {
        query.setParameter("byWorker", byWorker).setParameter("from", filter.from().atDay(1))
                .setParameter("to", filter.to().atDay(1)).setParameter("neighbourhoods", neighbourhoods);
        if (filter.service() != null) {
            query.setParameter("service", filter.service());
        }
        if (filter.worker() != null) {
            query.setParameter("worker", filter.worker());
        }
        return query;
    }
}
