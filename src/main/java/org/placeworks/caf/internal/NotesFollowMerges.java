package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.PeopleMerged;

/** When duplicate person records are merged, every note that said the duplicate was seen names the record kept. */
@ApplicationScoped
public class NotesFollowMerges {

    @Inject
    CaseNoteRepository notes;

    @Inject
    AuditTrail audit;

    void onMerged(@Observes PeopleMerged merged) {
        for (CaseNote note : notes.withSeen(merged.mergedPersonId())) {
            if (note.replaceSeen(merged.mergedPersonId(), merged.keptPersonId())) {
                audit.record(AuditAction.UPDATE, "caf-case-note", note.id(),
                        "A duplicate record of someone seen was merged into the record kept");
            }
        }
    }
}
