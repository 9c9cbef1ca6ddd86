package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EarlierAssessmentRepository implements PanacheRepositoryBase<EarlierAssessment, UUID> {

    /** A case's earlier assessments, the latest first. */
    public List<EarlierAssessment> ofCase(UUID caseId) {
        return list("caseId", Sort.by("number").descending(), caseId);
    }

    public long countOfCase(UUID caseId) {
        return count("caseId", caseId);
    }
}
