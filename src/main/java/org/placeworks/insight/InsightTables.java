package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.placeworks.shared.NotFound;

/** Every table insight publishes, found by id for the exports and the API. */
@RequestScoped
public class InsightTables {

    @Inject
    Instance<InsightTableSource> sources;

    public List<InsightTableSource> all() {
        return sources.stream().sorted(Comparator.comparing(InsightTableSource::title)).toList();
    }

    public InsightTableSource source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("insight table", id));
    }

    public InsightTable table(String id, InsightFilter filter) {
        return source(id).table(filter);
    }
}
