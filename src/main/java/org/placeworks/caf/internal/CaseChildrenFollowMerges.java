package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.placeworks.family.PeopleMerged;

/** When duplicate person records are merged, every case that named the duplicate names the record kept. */
@ApplicationScoped
public class CaseChildrenFollowMerges {

    @Inject
    CafCaseRepository cases;

    @Inject
    CaseJournal journal;

    void onMerged(@Observes PeopleMerged merged) {
        for (CafCase c : cases.withChild(merged.mergedPersonId())) {
            if (c.replaceChild(merged.mergedPersonId(), merged.keptPersonId())) {
                journal.changed(c, "A duplicate record of a child was merged into the record kept");
            }
        }
    }
}
