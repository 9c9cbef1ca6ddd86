package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.insight.InsightFilter;

/**
 * Reads the pre-aggregated store, never the cases themselves: each read is one statement over
 * {@code insight_figure}, so a page costs the same at a million cases as at ten thousand. The values are raw
 * counts, for insight's own tables to publish through {@code Suppression}; never show them as they are.
 */
@ApplicationScoped
public class Summary {

    @Inject
    SummaryReads reads;

    @Inject
    SummaryRebuild rebuild;

    /**
     * For each neighbourhood asked about, every measure over the filter's period: flows summed over its months,
     * stocks at its last month; a measure with no rows is 0.
     */
    public Map<UUID, Map<Measure, Long>> byNeighbourhood(InsightFilter filter, Collection<UUID> neighbourhoods) {
        Map<UUID, Map<Measure, Long>> result = new LinkedHashMap<>();
        for (UUID id : neighbourhoods) {
            Map<Measure, Long> values = new EnumMap<>(Measure.class);
            Arrays.stream(Measure.values()).forEach(m -> values.put(m, 0L));
            result.put(id, values);
        }
        if (neighbourhoods.isEmpty()) {
            return result;
        }
        StringBuilder sql = new StringBuilder("select neighbourhood_id, measure, sum(value) from " + table(filter)
                + " where neighbourhood_id = any(:neighbourhoods)"
                + " and ((measure = any(:flows) and month between :from and :to) or (measure = any(:stocks) and month = :to))");
        narrow(sql, filter);
        sql.append(" group by neighbourhood_id, measure");
        Map<String, Object> parameters = new HashMap<>();
        // One array parameter, however many neighbourhoods the manager sees.
        parameters.put("neighbourhoods", neighbourhoods.toArray(UUID[]::new));
        parameters.put("flows", names(false));
        parameters.put("stocks", names(true));
        parameters.put("from", filter.from().atDay(1));
        parameters.put("to", filter.to().atDay(1));
        bind(parameters, filter);
        for (Object[] cells : reads.rows(sql.toString(), parameters)) {
            Map<Measure, Long> values = result.get((UUID) cells[0]);
            if (values != null) {
                values.put(Measure.valueOf((String) cells[1]), ((Number) cells[2]).longValue());
            }
        }
        return result;
    }

    /** One value per month of the filter's period, from its first month to its last (0 where nothing was counted). */
    public Map<YearMonth, Long> trend(UUID neighbourhood, Measure measure, InsightFilter filter) {
        Map<YearMonth, Long> result = new LinkedHashMap<>();
        for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
            result.put(m, 0L);
        }
        StringBuilder sql = new StringBuilder("select month, sum(value) from " + table(filter)
                + " where neighbourhood_id = :neighbourhood and measure = :measure and month between :from and :to");
        narrow(sql, filter);
        sql.append(" group by month");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("neighbourhood", neighbourhood);
        parameters.put("measure", measure.name());
        parameters.put("from", filter.from().atDay(1));
        parameters.put("to", filter.to().atDay(1));
        bind(parameters, filter);
        for (Object[] cells : reads.rows(sql.toString(), parameters)) {
            result.put(YearMonth.from(toDate(cells[0])), ((Number) cells[1]).longValue());
        }
        return result;
    }

    /** When the store was last rebuilt, or null before its first rebuild. */
    public Instant refreshedAt() {
        List<Object[]> rows = reads.rows("select refreshed_at from insight_refresh where id = 1", Map.of());
        return rows.isEmpty() ? null : SummaryReads.instant(rows.get(0)[0]);
    }

    /** Rebuilds the whole store now (waiting for a rebuild already running elsewhere): tests and the demo call it. */
    public void refresh() {
        rebuild.fullWaiting();
    }

    /**
     * Where a read looks: the roll-up over services and workers unless the filter names one, so that the rows an
     * unfiltered page reads do not grow with the workforce (one row per neighbourhood, strand, measure and month).
     */
    private static String table(InsightFilter filter) {
        return filter.service() == null && filter.worker() == null ? "insight_area_figure" : "insight_figure";
    }

    private static void narrow(StringBuilder sql, InsightFilter filter) {
        if (filter.strand() != null) {
            sql.append(" and strand = :strand");
        }
        if (filter.service() != null) {
            sql.append(" and service_id = :service");
        }
        if (filter.worker() != null) {
            sql.append(" and worker_id = :worker");
        }
    }

    private static void bind(Map<String, Object> parameters, InsightFilter filter) {
        if (filter.strand() != null) {
            parameters.put("strand", filter.strand().name());
        }
        if (filter.service() != null) {
            parameters.put("service", filter.service());
        }
        if (filter.worker() != null) {
            parameters.put("worker", filter.worker());
        }
    }

    private static String[] names(boolean stock) {
        return Arrays.stream(Measure.values()).filter(m -> m.stock() == stock).map(Enum::name).toArray(String[]::new);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return ((Timestamp) value).toLocalDateTime().toLocalDate();
    }
}
