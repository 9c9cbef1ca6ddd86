package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.organisation.RowScope;

/** Alerts raised when a subject reached the threshold: read past the database's wall, as the counts are. */
@ApplicationScoped
public class TriggerAlertRepository implements PanacheRepositoryBase<TriggerAlert, UUID> {

    /** The latest alert of each subject. */
    public Map<String, TriggerAlert> latestFor(Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return Map.of();
        }
        List<TriggerAlert> alerts = RowScope.acrossBoundariesOfThisThread(() -> list("in_array(subjectKey, :keys) order by reachedOn",
                Parameters.with("keys", subjectKeys.toArray(String[]::new))));
        return alerts.stream().collect(Collectors.toMap(TriggerAlert::subjectKey, Function.identity(), (a, b) -> b));
    }

    public List<TriggerAlert> ofSubject(String subjectKey) {
        return RowScope.acrossBoundariesOfThisThread(() -> list("subjectKey = ?1 order by reachedOn", subjectKey));
    }
}
