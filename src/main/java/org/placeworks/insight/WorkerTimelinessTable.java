package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.placeworks.insight.internal.TimelinessQueries;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;

/**
 * Timeliness of early help by worker: the case's lead professional, or the worker it was allocated to before
 * one was appointed. Names come from the organisation's staff directory (one statement for them all).
 */
@RequestScoped
public class WorkerTimelinessTable implements InsightTableSource {

    static final String ID = "timeliness-workers";

    @Inject
    StoreTables kept;

    @Inject
    TimelinessQueries queries;

    @Inject
    InsightScope scope;

    @Inject
    StaffDirectory staff;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Timeliness by worker";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return kept.kept(ID, filter, () -> build(filter));
    }

    private InsightTable build(InsightFilter filter) {
        TimelinessQueries.Grouped grouped = queries.timeliness(filter,
                scope.neighbourhoodIds(), TimelinessQueries.Grouping.WORKER);
        List<UUID> workers = grouped.groups().keySet().stream().filter(Objects::nonNull).toList();
        Map<UUID, StaffName> names = staff.names(workers);
        Map<UUID, String> labels = new LinkedHashMap<>();
        workers.stream().sorted(Comparator.comparing((UUID k) -> label(names.get(k))).thenComparing(k -> k))
                .forEach(k -> labels.put(k, label(names.get(k))));
        if (grouped.groups().containsKey(null)) {
            labels.put(null, "No worker recorded");
        }
        return TimelinessTable.build(ID, "Timeliness by worker", "Worker", filter, grouped, labels, "All workers");
    }

    private static String label(StaffName name) {
        return name == null ? "Unknown worker" : name.name();
    }
}
