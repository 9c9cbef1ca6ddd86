package org.placeworks.insight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.insight.InsightFilter;
import org.placeworks.organisation.Strand;

/**
 * The early help cases a table may count: those of families living in the reader's neighbourhoods (caf's
 * read-only {@code family_place} view), of the service and worker the filter names. One SQL common table
 * expression, {@code scoped}, that the outcome and timeliness queries start from, with its parameters.
 * Every condition is built from fixed text; the values go in as bound parameters.
 */
record ScopedCases(String cte, Map<String, Object> parameters, LocalDate from, LocalDate to, boolean empty) {

    /** A case's lead professional, or (before one is appointed) the worker it was allocated to. */
    static final String WORKER = "coalesce(c.lead_professional_id, c.allocated_worker_id)";

    /** Cases closed at the referral decision (declined or signposted) never became early help. */
    static final String BECAME_EARLY_HELP = "coalesce(c.referral_decision, 'ACCEPTED') = 'ACCEPTED'";

    /**
     * @param columns the extra select list of the {@code scoped} expression, on {@code caf_case c}
     */
    static ScopedCases of(InsightFilter filter, Collection<UUID> neighbourhoods, String columns) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("with scoped as (select c.id, ").append(columns)
                .append(" from caf_case c join family_place fp on fp.family_id = c.family_id")
                .append(" where fp.neighbourhood_id in (:neighbourhoods)");
        parameters.put("neighbourhoods", List.copyOf(neighbourhoods));
        if (filter.service() != null) {
            sql.append(" and c.owning_service_id = :service");
            parameters.put("service", filter.service());
        }
        if (filter.worker() != null) {
            sql.append(" and (c.lead_professional_id = :worker or c.allocated_worker_id = :worker)");
            parameters.put("worker", filter.worker());
        }
        sql.append(")");
        // Early help cases are all of the Early Intervention strand: another strand has none.
        boolean empty = neighbourhoods.isEmpty() || (filter.strand() != null && filter.strand() != Strand.EARLY_INTERVENTION);
        return new ScopedCases(sql.toString(), parameters, filter.from().atDay(1), filter.to().atEndOfMonth(), empty);
    }

    /** The parameters with the period's first and last days as {@code :from} and {@code :to}. */
    Map<String, Object> withPeriod() {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("from", from);
        all.put("to", to);
        return all;
    }
}
