package org.placeworks.panel.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.placeworks.panel.MeetingStatus;

/**
 * Who is reading, as the panel rule needs it: their roles, who they are, and the localities that lie
 * inside their boundary. The rule itself, with no database behind it, so that it is tested as a table.
 */
public record PanelReader(boolean admin, boolean manager, boolean chairRole, boolean memberRole, UUID staffId,
        Set<UUID> localitiesInBoundary) {

    public boolean inBoundary(Panel panel) {
        return localitiesInBoundary.contains(panel.localityId());
    }

    /** A manager whose boundary holds the panel's locality. */
    public boolean manages(Panel panel) {
        return manager && inBoundary(panel);
    }

    /** The panel's own chair, while its locality lies inside their boundary. */
    public boolean chairs(Panel panel) {
        return chairRole && panel.chairedBy(staffId) && inBoundary(panel);
    }

    /** The panel's deputy chair (who holds the panel-chair role), while its locality lies inside their boundary. */
    public boolean deputises(Panel panel) {
        return chairRole && panel.deputyChairedBy(staffId) && inBoundary(panel);
    }

    /** Whoever may open, run and close the panel's meetings, cancel or move them: the chair or the deputy chair. */
    public boolean runs(Panel panel) {
        return chairs(panel) || deputises(panel);
    }

    /** A named member or deputy with the panel-member role. */
    public boolean sitsOn(Panel panel) {
        return memberRole && panel.hasMember(staffId);
    }

    public boolean seesPanel(Panel panel) {
        return admin || manages(panel) || runs(panel) || sitsOn(panel);
    }

    /** Managers in boundary, the chair and the deputy chair see every item, whatever agency the family agreed to. */
    public boolean seesEveryItem(Panel panel) {
        return manages(panel) || runs(panel);
    }

    /** Members read from publication until {@code windowDays} after the meeting. */
    public boolean readsAgenda(Panel panel, Meeting meeting, LocalDate today, int windowDays) {
        if (seesEveryItem(panel)) {
            return true;
        }
        boolean published = meeting.status() == MeetingStatus.AGENDA_PUBLISHED || meeting.status() == MeetingStatus.IN_SESSION
                || meeting.status() == MeetingStatus.CLOSED;
        return sitsOn(panel) && published && !today.isAfter(meeting.date().plusDays(windowDays));
    }
}
