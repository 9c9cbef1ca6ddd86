package org.placeworks.panel.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    public boolean caseOn(UUID meetingId, UUID caseId) {
        return count("meetingId = ?1 and caseId = ?2", meetingId, caseId) > 0;
    }

    public List<AgendaItem> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("position").and("submittedAt"), meetingId);
    }

    public List<AgendaItem> ofCase(UUID caseId) {
        return list("caseId", Sort.by("submittedAt"), caseId);
    }

    /** Items decided since a moment, that the worker brought or that are about one of these cases; newest first. */
    public List<AgendaItem> decidedSince(String submittedBy, java.util.Collection<UUID> caseIds, java.time.Instant since) {
        if (caseIds.isEmpty()) {
            return list("decision is not null and decidedAt >= ?1 and submittedBy = ?2", Sort.by("decidedAt").descending(),
                    since, submittedBy);
        }
        @SuppressWarnings("unchecked")
        List<AgendaItem> found = getEntityManager().createNativeQuery("select * from panel_item where decision is not null"
                + " and decided_at >= :since and (submitted_by = :by or case_id = any(:cases)) order by decided_at desc", AgendaItem.class)
                .setParameter("since", since).setParameter("by", submittedBy)
                .setParameter("cases", caseIds.toArray(UUID[]::new)).getResultList();
        return found;
    }

    public List<AgendaItem> urgentRequestsFor(UUID meetingId) {
        return list("urgentRequestedFor", Sort.by("submittedAt"), meetingId);
    }

    public java.util.Map<UUID, AgendaItem> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        @SuppressWarnings("unchecked")
        List<AgendaItem> found = getEntityManager().createNativeQuery("select * from panel_item where id = any(:ids)", AgendaItem.class)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        return found.stream().collect(java.util.stream.Collectors.toMap(AgendaItem::id, i -> i));
    }

    /** Counted over every item of the meeting, past the database's wall (V46): not only those the reader may see. */
    public int nextPosition(UUID meetingId) {
        return ((Number) getEntityManager().createNativeQuery("select placeworks_next_agenda_position(?1)")
                .setParameter(1, meetingId).getSingleResult()).intValue();
    }

    /** An item for the same case and reason not yet decided at a meeting still to come. */
    public boolean pending(UUID caseId, org.placeworks.panel.ItemKind kind, List<UUID> openMeetings) {
        return !openMeetings.isEmpty()
                && count("caseId = ?1 and kind = ?2 and in_array(meetingId, ?3)", caseId, kind,
                        openMeetings.toArray(UUID[]::new)) > 0;
    }
}
