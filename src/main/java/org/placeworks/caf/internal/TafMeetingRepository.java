package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TafMeetingRepository implements PanacheRepositoryBase<TafMeeting, UUID> {

    /** A case's meetings, the latest first. */
    public List<TafMeeting> ofCase(UUID caseId) {
        return list("caseId", Sort.by("heldOn").descending().and("recordedAt").descending(), caseId);
    }

    /** The meetings a person attended. */
    public List<TafMeeting> attendedBy(UUID personId) {
        return list("select m from TafMeeting m join m.familyMembers person where person = ?1", personId);
    }
}
