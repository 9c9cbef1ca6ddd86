package org.placeworks.insight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
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

    /** Referred in the period (an index on {@code referred_on}, V35). */
    static final String REFERRED_IN_PERIOD = "c.referred_on between :from and :to";

    /** Closed in the period (an index on {@code closed_on}, V35). */
    static final String CLOSED_IN_PERIOD = "c.closed_on between :from and :to";

    /** Assessed in the period (an index on {@code assessment_completed_on}, V35). */
    static final String ASSESSED_IN_PERIOD = "c.assessment_completed_on between :from and :to";

    /** With a review held in the period (an index on {@code caf_review (held_on, case_id)}, V35). */
    static final String REVIEWED_IN_PERIOD = "c.id in (select r.case_id from caf_review r where r.held_on between :from and :to)";

    /** With a grant decided in the period (an index on {@code grant_request (decided_on, case_id)}, V35). */
    static final String GRANTED_IN_PERIOD = "c.id in (select g.case_id from grant_request g where g.decided_on between :from and :to)";

    /**
     * @param columns the extra select list of the {@code scoped} expression, on {@code caf_case c}
     * @param inPeriod the dates a table counts by, any of which puts a case in it (the constants above): the
     *        expression reads only those cases, through their indexes, never every case of the neighbourhoods
     */
    static ScopedCases of(InsightFilter filter, Collection<UUID> neighbourhoods, String columns, String... inPeriod) {
        if (inPeriod.length == 0) {
            throw new IllegalArgumentException("A table counts cases by at least one of their dates");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("with scoped as (select c.id, ").append(columns)
                .append(" from caf_case c join family_place fp on fp.family_id = c.family_id")
                .append(" where fp.neighbourhood_id = any(:neighbourhoods)")
                .append(" and (").append(String.join(" or ", inPeriod)).append(")");
        // One array parameter, however many neighbourhoods the manager sees.
        parameters.put("neighbourhoods", neighbourhoods.toArray(UUID[]::new));
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
