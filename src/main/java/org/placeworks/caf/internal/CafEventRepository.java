package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CafEventRepository implements PanacheRepositoryBase<CafEvent, UUID> {

    public List<CafEvent> ofCase(UUID caseId) {
        return list("caseId", Sort.by("at").descending(), caseId);
    }

    public List<CafEvent> ofFamily(UUID familyId) {
        return list("familyId", Sort.by("at").descending(), familyId);
    }
}
