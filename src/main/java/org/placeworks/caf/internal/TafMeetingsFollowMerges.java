package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.PeopleMerged;

/** When duplicate person records are merged, every TAF meeting the duplicate attended names the record kept. */
@ApplicationScoped
public class TafMeetingsFollowMerges {

    @Inject
    TafMeetingRepository meetings;

    @Inject
    AuditTrail audit;

    void onMerged(@Observes PeopleMerged merged) {
        for (TafMeeting meeting : meetings.attendedBy(merged.mergedPersonId())) {
            if (meeting.replaceFamilyMember(merged.mergedPersonId(), merged.keptPersonId())) {
                audit.record(AuditAction.UPDATE, "caf-taf-meeting", meeting.id(),
                        "A duplicate record of someone who attended was merged into the record kept");
            }
        }
    }
}
