package org.placeworks.family.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FamilyResidenceRepository implements PanacheRepositoryBase<FamilyResidence, UUID> {

    /** Where the family has lived, newest first. */
    public List<FamilyResidence> ofFamily(UUID familyId) {
        return list("familyId", Sort.by("fromDate").descending().and("recordedAt").descending(), familyId);
    }

    public Optional<FamilyResidence> current(UUID familyId) {
        return find("familyId = ?1 and toDate is null", familyId).firstResultOptional();
    }
}
