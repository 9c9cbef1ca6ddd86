package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChildAssessmentRepository implements PanacheRepositoryBase<ChildAssessment, UUID> {

    /** Every child's assessments on a case, the latest of each child first. */
    public List<ChildAssessment> ofCase(UUID caseId) {
        return list("caseId", Sort.by("childId").and("recordedAt", Sort.Direction.Descending), caseId);
    }

    /** One child's assessments on a case, the latest first. */
    public List<ChildAssessment> withChild(UUID childId) {
        return list("childId", childId);
    }

    public List<ChildAssessment> ofChild(UUID caseId, UUID childId) {
        return list("caseId = ?1 and childId = ?2", Sort.by("recordedAt").descending(), caseId, childId);
    }
}
