package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.placeworks.family.PeopleMerged;

/** When duplicate person records are merged, a child's own assessments follow the record kept. */
@ApplicationScoped
public class ChildAssessmentsFollowMerges {

    @Inject
    ChildAssessmentRepository assessments;

    void onMerged(@Observes PeopleMerged merged) {
        assessments.withChild(merged.mergedPersonId()).forEach(a -> a.replaceChild(merged.mergedPersonId(), merged.keptPersonId()));
    }
}
