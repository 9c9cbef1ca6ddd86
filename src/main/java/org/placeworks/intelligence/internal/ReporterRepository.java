package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReporterRepository implements PanacheRepositoryBase<Reporter, UUID> {

    /** The reports whose reporter gave this email or phone, by their keyed hashes (either may be null). */
    public List<UUID> reportsMatching(String emailMatch, String phoneMatch) {
        if (emailMatch == null && phoneMatch == null) {
            return List.of();
        }
        return find("emailMatch = ?1 or phoneMatch = ?2", emailMatch == null ? "-" : emailMatch,
                phoneMatch == null ? "-" : phoneMatch).stream().map(Reporter::reportId).toList();
    }
}
