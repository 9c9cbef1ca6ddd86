package org.placeworks.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.panel.internal.AgendaItemRepository;
import org.placeworks.panel.internal.Meeting;
import org.placeworks.panel.internal.MeetingRepository;
import org.placeworks.panel.internal.MeetingsAhead;
import org.placeworks.panel.internal.Panel;
import org.placeworks.panel.internal.PanelAccess;
import org.placeworks.panel.internal.PanelRepository;
import org.placeworks.panel.internal.PanelViews;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;

/**
 * The months a panel does not meet (August, say), set by whoever sets panels up. Skipping a month
 * takes out of the diary the meetings scheduled in it that have nothing on their agenda; a meeting with cases
 * on it stays, for its chair to move or cancel (its workers are told then). A month no longer skipped
 * gets its meeting back.
 */
@ApplicationScoped
public class PanelMonths {

    @Inject
    PanelRepository panels;

    @Inject
    PanelAccess access;

    @Inject
    MeetingRepository meetings;

    @Inject
    AgendaItemRepository items;

    @Inject
    MeetingsAhead ahead;

    @Inject
    PanelViews views;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingMonths months(UUID panelId) {
        Panel panel = find(panelId);
        return view(panel);
    }

    /** Refuses, before a form is read, whoever may not set the panel's months (404 when they do not see it, else 403). */
    @Transactional
    public void requireMaySet(UUID panelId) {
        find(panelId);
    }

    @Transactional
    public MeetingMonths skip(UUID panelId, Set<Month> months, Long version) {
        Panel panel = find(panelId);
        StaleEdit.check("panel", version, panel.version());
        panel.skip(months == null ? Set.of() : months);
        LocalDate today = views.today();
        for (Meeting m : meetings.openFrom(panel.id(), today.plusDays(1))) {
            if (!panel.skippedMonths().contains(m.date().getMonth())) {
                continue;
            }
            if (m.status() == MeetingStatus.SCHEDULED && items.ofMeeting(m.id()).isEmpty()) {
                // Nothing was ever on it: it comes out of the diary, and comes back if the month is met in again.
                meetings.delete(m);
            }
        }
        ahead.schedule(panel, today);
        panels.flush();
        audit.record(AuditAction.UPDATE, "panel", panel.id(), "Set the months " + panel.name() + " meets: the "
                + panel.cadence().describe());
        return view(panel);
    }

    private MeetingMonths view(Panel panel) {
        LocalDate today = views.today();
        List<LocalDate> open = meetings.openFrom(panel.id(), today).stream().map(Meeting::date).toList();
        Set<Month> skipped = panel.skippedMonths();
        List<LocalDate> next = open.stream().limit(12).toList();
        List<LocalDate> kept = open.stream().filter(d -> skipped.contains(d.getMonth())).toList();
        return new MeetingMonths(panel.id(), panel.name(), panel.cadence().describe(), panel.skippedMonths(), next, kept,
                panel.version());
    }

    private Panel find(UUID id) {
        Panel panel = panels.findByIdOptional(id).orElseThrow(() -> new NotFound("panel", id));
        access.requirePanel(panel);
        if (!access.setsUp()) {
            throw new Forbidden("Only administrators and managers set panels up.");
        }
        return panel;
    }
}
