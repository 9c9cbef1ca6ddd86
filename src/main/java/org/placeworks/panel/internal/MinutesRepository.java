package org.placeworks.panel.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MinutesRepository implements PanacheRepositoryBase<MeetingMinutes, UUID> {

    public Optional<MeetingMinutes> ofMeeting(UUID meetingId) {
        return find("select distinct m from MeetingMinutes m left join fetch m.revisions where m.meetingId = ?1", meetingId)
                .singleResultOptional();
    }
}
