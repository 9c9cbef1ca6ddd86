package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<Triage, UUID> {

    public Optional<Triage> ofReport(UUID reportId) {
        return find("reportId", reportId).firstResultOptional();
    }
}
