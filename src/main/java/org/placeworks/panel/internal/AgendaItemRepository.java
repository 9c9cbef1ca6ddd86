package org.placeworks.panel.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.DecisionNotice;
import org.placeworks.panel.MeetingStatus;
import org.placeworks.shared.SqlValues;

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

    /**
     * The decisions taken since a moment at meetings that have closed, on items the worker brought or about these cases,
     * newest first, each with its panel's name and its meeting's date: one statement, read as values (no item, meeting
     * or panel is built), since "My cases" asks at every request.
     */
    public List<DecisionNotice> decidedSince(String submittedBy, Collection<UUID> caseIds, Instant since) {
        List<?> rows = getEntityManager().createNativeQuery("select i.case_id, i.case_reference, p.name, m.meeting_date,"
                + " i.decision, i.rationale from panel_item i join panel_meeting m on m.id = i.meeting_id"
                + " join panel p on p.id = m.panel_id where i.decision is not null and i.decided_at >= :since"
                + " and (i.submitted_by = :by or i.case_id = any(:cases)) and m.status = :closed"
                + " order by i.decided_at desc, i.id")
                .setParameter("since", since).setParameter("by", submittedBy)
                .setParameter("cases", caseIds.toArray(UUID[]::new)).setParameter("closed", MeetingStatus.CLOSED.name())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new DecisionNotice((UUID) r[0], (String) r[1],
                (String) r[2], SqlValues.localDate(r[3]), DecisionCode.valueOf((String) r[4]), (String) r[5])).toList();
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
