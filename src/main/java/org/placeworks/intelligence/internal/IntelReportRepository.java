package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.placeworks.intelligence.ReportFilter;
import org.placeworks.intelligence.ReportStatus;

@ApplicationScoped
public class IntelReportRepository implements PanacheRepositoryBase<IntelReport, UUID> {

    /** The next reference of the year, like CI-2026-00042 (one sequence, so references never repeat). */
    public String nextReference(int year) {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('intel_report_number')").getSingleResult();
        return "CI-%d-%05d".formatted(year, next.longValue());
    }

    /** One page of the reports an officer may read, newest first, filtered and paged in SQL. */
    public List<IntelReport> page(ReportGate.Ground ground, ReportFilter filter, int number, int size) {
        Query q = query(ground, filter);
        return org.placeworks.shared.RowWindow.of(find(q.where, Sort.by("receivedAt").descending().and("id"), q.parameters),
                (number - 1L) * size, size);
    }

    public long count(ReportGate.Ground ground, ReportFilter filter) {
        Query q = query(ground, filter);
        return count(q.where, q.parameters);
    }

    private record Query(String where, Parameters parameters) {
    }

    private static Query query(ReportGate.Ground ground, ReportFilter filter) {
        List<String> seen = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (ground.outsideArea()) {
            seen.add("outsideArea = true");
        }
        if (!ground.neighbourhoods().isEmpty()) {
            seen.add("in_array(neighbourhoodId, :neighbourhoods)");
            parameters.and("neighbourhoods", ground.neighbourhoods().toArray(UUID[]::new));
        }
        if (!ground.estates().isEmpty()) {
            seen.add("in_array(estateId, :estates)");
            parameters.and("estates", ground.estates().toArray(UUID[]::new));
        }
        StringBuilder where = new StringBuilder(seen.isEmpty() ? "(1 = 0)" : "(" + String.join(" or ", seen) + ")");
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            parameters.and("category", filter.category());
        }
        return new Query(where.toString(), parameters);
    }

    public long withStatus(ReportGate.Ground ground, ReportStatus status) {
        return count(ground, new ReportFilter(status, null));
    }
}
