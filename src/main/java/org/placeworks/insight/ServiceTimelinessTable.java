package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.placeworks.insight.internal.TimelinessQueries;

/** Timeliness of early help by owning service: two statements (the figures, then the services' names). */
@RequestScoped
public class ServiceTimelinessTable implements InsightTableSource {

    static final String ID = "timeliness";

    @Inject
    StoreTables kept;

    @Inject
    TimelinessQueries queries;

    @Inject
    InsightScope scope;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Timeliness by service";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return kept.kept(ID, filter, () -> build(filter));
    }

    private InsightTable build(InsightFilter filter) {
        TimelinessQueries.Grouped grouped = queries.timeliness(filter,
                scope.neighbourhoodIds(), TimelinessQueries.Grouping.SERVICE);
        Map<UUID, String> names = queries.serviceNames(grouped.groups().keySet());
        Map<UUID, String> labels = new LinkedHashMap<>();
        grouped.groups().keySet().stream().sorted(Comparator.comparing((UUID k) -> names.getOrDefault(k, "")).thenComparing(k -> k))
                .forEach(k -> labels.put(k, names.getOrDefault(k, "Unknown service")));
        return TimelinessTable.build(ID, "Timeliness by service", "Owning service", filter, grouped, labels, "All services");
    }
}
