package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AdditionRepository implements PanacheRepositoryBase<Addition, UUID> {

    public List<Addition> ofReport(UUID reportId) {
        return list("reportId", Sort.by("addedAt").and("id"), reportId);
    }

    public int countOf(UUID reportId) {
        return (int) count("reportId", reportId);
    }
}
