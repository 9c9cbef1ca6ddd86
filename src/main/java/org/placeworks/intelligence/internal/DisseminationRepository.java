package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DisseminationRepository implements PanacheRepositoryBase<Dissemination, UUID> {

    /** What was passed to these services, newest first: up to {@code size} from row {@code first} (in SQL). */
    public List<Dissemination> toServices(Collection<UUID> serviceIds, long first, int size) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return org.placeworks.shared.RowWindow.of(find("in_array(serviceId, :services)",
                Sort.by("sentAt").descending().and("id"), services(serviceIds)), first, size);
    }

    public long countToServices(Collection<UUID> serviceIds) {
        return serviceIds.isEmpty() ? 0 : count("in_array(serviceId, :services)", services(serviceIds));
    }

    public long waitingAt(Collection<UUID> serviceIds) {
        return serviceIds.isEmpty() ? 0
                : count("in_array(serviceId, :services) and acknowledgedAt is null", services(serviceIds));
    }

    public List<Dissemination> ofReport(UUID reportId) {
        return list("reportId", Sort.by("sentAt"), reportId);
    }

    /** Named, not positional: an array given alone to Panache's varargs would be taken as the list of parameters. */
    private static Parameters services(Collection<UUID> serviceIds) {
        return Parameters.with("services", serviceIds.toArray(UUID[]::new));
    }
}
