package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RevealRepository implements PanacheRepositoryBase<Reveal, UUID> {

    public List<Reveal> ofReport(UUID reportId) {
        return list("reportId", Sort.by("revealedAt").descending(), reportId);
    }
}
