package org.placeworks.panel.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.panel.MeetingStatus;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;

/**
 * Who may see and do what at a panel. The chair runs their panel's meetings; managers see every
 * panel; a member (or deputy) with the panel-member role reads their panel's agenda items from
 * publication until the end of the window after the meeting. Anyone else does not know the meeting
 * or item exists (404, never 403).
 */
@RequestScoped
public class PanelAccess {

    @Inject
    CurrentStaff current;

    @Inject
    StaffDirectory staff;

    private Optional<StaffView> me;

    public Optional<StaffView> me() {
        if (me == null) {
            me = staff.me();
        }
        return me;
    }

    public UUID myId() {
        return me().map(StaffView::id).orElse(null);
    }

    public UUID myAgencyId() {
        return me().map(StaffView::agencyId).orElse(null);
    }

    public String username() {
        return current.username();
    }

    public boolean manager() {
        return current.has(Roles.MANAGER);
    }

    /** Administrators and managers set panels up. */
    public boolean setsUp() {
        return current.has(Roles.ADMIN) || current.has(Roles.MANAGER);
    }

    public boolean chairs(Panel panel) {
        return current.has(Roles.PANEL_CHAIR) && panel.chairedBy(myId());
    }

    public boolean sitsOn(Panel panel) {
        return current.has(Roles.PANEL_MEMBER) && panel.hasMember(myId());
    }

    /** Whether the reader may know the panel exists and see its meetings listed. */
    public boolean seesPanel(Panel panel) {
        return setsUp() || chairs(panel) || sitsOn(panel);
    }

    /** Whether the reader may read the agenda items of this meeting today. */
    public boolean readsAgenda(Panel panel, Meeting meeting, LocalDate today, int windowDays) {
        if (manager() || chairs(panel)) {
            return true;
        }
        boolean published = meeting.status() == MeetingStatus.AGENDA_PUBLISHED || meeting.status() == MeetingStatus.IN_SESSION
                || meeting.status() == MeetingStatus.CLOSED;
        return sitsOn(panel) && published && !today.isAfter(meeting.date().plusDays(windowDays));
    }

    public void requireAgenda(Panel panel, Meeting meeting, LocalDate today, int windowDays) {
        if (!readsAgenda(panel, meeting, today, windowDays)) {
            throw new NotFound("panel meeting", meeting.id());
        }
    }

    /** Only the panel's chair runs its meetings; others who can see the meeting are refused, the rest get 404. */
    public void requireChair(Panel panel, Meeting meeting, LocalDate today, int windowDays) {
        if (chairs(panel)) {
            return;
        }
        requireAgenda(panel, meeting, today, windowDays);
        throw new Forbidden("Only the chair of " + panel.name() + " can do this.");
    }

    public void requirePanel(Panel panel) {
        if (!seesPanel(panel)) {
            throw new NotFound("panel", panel.id());
        }
    }
}
