package org.placeworks.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Places;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.panel.internal.Cadence;
import org.placeworks.panel.internal.Meeting;
import org.placeworks.panel.internal.MeetingRepository;
import org.placeworks.panel.internal.MeetingsAhead;
import org.placeworks.panel.internal.Panel;
import org.placeworks.panel.internal.PanelAccess;
import org.placeworks.panel.internal.PanelRepository;
import org.placeworks.panel.internal.PanelViews;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;

/**
 * Setting panels up (administrators and managers): locality, chair, member agencies with their
 * members and deputies, cadence and the panel's rules; with their meetings scheduled ahead.
 */
@ApplicationScoped
public class Panels {

    @Inject
    PanelRepository panels;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingsAhead ahead;

    @Inject
    PanelAccess access;

    @Inject
    PanelViews views;

    @Inject
    PanelSettings settings;

    @Inject
    Places places;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    /** Panels the reader sits on, chairs, or (managers and administrators) every panel. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PanelView> visible() {
        return access.visiblePanels().stream().map(views::panel).toList();
    }

    /** Of the panels the reader may see, those this member of staff chairs: their ids only, no view built. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<UUID> chairedBy(UUID staffId) {
        return access.visiblePanels().stream().filter(p -> p.chairedBy(staffId)).map(Panel::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanelView panel(UUID id) {
        Panel p = find(id);
        access.requirePanel(p);
        return views.panel(p);
    }

    /** The panel's meetings from the given day, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingSummary> meetings(UUID panelId, LocalDate from) {
        Panel p = find(panelId);
        access.requirePanel(p);
        return meetings.ofPanel(panelId).stream().filter(m -> !m.date().isBefore(from))
                .map(m -> views.summary(m, p)).toList();
    }

    /** A new panel with the council's defaults for anything not given; its meetings are scheduled at once. */
    @Transactional
    public PanelView create(PanelCommand command) {
        requireSetUp();
        PanelCommand c = withDefaults(command);
        Map<String, String> problems = problems(c, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Panel panel = new Panel(c.name().strip(), c.localityId(), c.chairStaffId(), new Cadence(c.cadenceWeek(), c.cadenceDay()),
                c.startTime(), blankToNull(c.venue()), c.cutOffDays(), c.minutesPerItem(), c.quorumAgencies());
        panels.persist(panel);
        ahead.schedule(panel, views.today());
        audit.record(AuditAction.CREATE, "panel", panel.id(), "Set up " + panel.name() + ", meeting on the "
                + panel.cadence().describe());
        return views.panel(panel);
    }

    @Transactional
    public PanelView update(UUID id, PanelCommand command) {
        requireSetUp();
        Panel panel = find(id);
        access.requirePanel(panel);
        StaleEdit.check("panel", command.version(), panel.version());
        PanelCommand c = withDefaults(command);
        Map<String, String> problems = problems(c, panel);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        panel.change(c.name().strip(), c.localityId(), c.chairStaffId(), new Cadence(c.cadenceWeek(), c.cadenceDay()),
                c.startTime(), blankToNull(c.venue()), c.cutOffDays(), c.minutesPerItem(), c.quorumAgencies());
        panels.flush();
        audit.record(AuditAction.UPDATE, "panel", id, "Changed " + panel.name());
        return views.panel(panel);
    }

    /** Adds a member agency with its named member and, optionally, a deputy. */
    @Transactional
    public PanelView addMember(UUID panelId, UUID agencyId, UUID memberId, UUID deputyId, Long version) {
        requireSetUp();
        Panel panel = find(panelId);
        access.requirePanel(panel);
        StaleEdit.check("panel", version, panel.version());
        Map<String, String> problems = new LinkedHashMap<>();
        Map<UUID, StaffName> names = views.names(java.util.Arrays.asList(memberId, deputyId));
        if (agencyId == null || !views.agencyNames().containsKey(agencyId)) {
            problems.put("agencyId", "Select the member agency");
        }
        if (memberId == null || !names.containsKey(memberId) || !names.get(memberId).active()) {
            problems.put("memberId", "Select the agency's named member");
        }
        if (deputyId != null && (!names.containsKey(deputyId) || deputyId.equals(memberId))) {
            problems.put("deputyId", "Select a deputy other than the named member");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        panel.addMember(agencyId, memberId, deputyId);
        panels.flush();
        audit.record(AuditAction.UPDATE, "panel", panelId, "Added member agency " + agencyId + ": "
                + names.get(memberId).username() + (deputyId == null ? "" : ", deputy " + names.get(deputyId).username()));
        return views.panel(panel);
    }

    @Transactional
    public PanelView removeMember(UUID panelId, UUID memberId, Long version) {
        requireSetUp();
        Panel panel = find(panelId);
        access.requirePanel(panel);
        StaleEdit.check("panel", version, panel.version());
        panel.removeMember(memberId);
        panels.flush();
        audit.record(AuditAction.UPDATE, "panel", panelId, "Removed member " + memberId);
        return views.panel(panel);
    }

    /**
     * Names the panel's deputy chair, who may open, run and close its meetings: someone other than the
     * chair, holding the panel-chair role. None given: the panel has no deputy chair.
     */
    @Transactional
    public PanelView setDeputyChair(UUID panelId, UUID deputyId, Long version) {
        requireSetUp();
        Panel panel = find(panelId);
        access.requirePanel(panel);
        StaleEdit.check("panel", version, panel.version());
        StaffName deputy = null;
        if (deputyId != null) {
            deputy = views.names(List.of(deputyId)).get(deputyId);
            if (deputy == null || !deputy.active()) {
                throw new InvalidInput("deputyChairStaffId", "Select the deputy chair from the list");
            }
            if (panel.chairedBy(deputyId)) {
                throw new InvalidInput("deputyChairStaffId", "Select a deputy chair other than the chair");
            }
            if (!staff.roles(deputyId).contains(org.placeworks.identity.Roles.PANEL_CHAIR)) {
                throw new InvalidInput("deputyChairStaffId", deputy.name() + " does not hold the panel chair role:"
                        + " select someone who does, or ask an administrator to give them the role");
            }
        }
        panel.appointDeputyChair(deputyId);
        panels.flush();
        audit.record(AuditAction.UPDATE, "panel", panelId, deputy == null ? "Deputy chair removed"
                : "Deputy chair set to " + deputy.username());
        return views.panel(panel);
    }

    /**
     * Names the member agencies that must be present for the panel to be quorate (for example education, health
     * and social care), besides the number of agencies; none: any agencies will do.
     */
    @Transactional
    public PanelView requireAgenciesForQuorum(UUID panelId, java.util.Set<UUID> agencyIds, Long version) {
        requireSetUp();
        Panel panel = find(panelId);
        access.requirePanel(panel);
        StaleEdit.check("panel", version, panel.version());
        java.util.Set<UUID> wanted = agencyIds == null ? java.util.Set.of() : agencyIds;
        panel.requireAgenciesForQuorum(wanted);
        panels.flush();
        java.util.Map<UUID, String> names = views.agencyNames();
        audit.record(AuditAction.UPDATE, "panel", panelId, wanted.isEmpty() ? "The quorum names no agency"
                : "The quorum needs " + String.join(", ", wanted.stream().map(a -> names.getOrDefault(a, a.toString())).sorted().toList()));
        return views.panel(panel);
    }

    /** An extra meeting on a given day (an extraordinary meeting, or one moved for a bank holiday). */
    @Transactional
    public MeetingSummary addMeeting(UUID panelId, LocalDate date) {
        Panel panel = find(panelId);
        if (!access.setsUp() && !access.runs(panel)) {
            access.requirePanel(panel);
            throw new Forbidden("Only the chair, the deputy chair, a manager or an administrator can add a meeting.");
        }
        if (date == null) {
            throw new InvalidInput("date", "Enter the date of the meeting");
        }
        if (meetings.exists(panelId, date)) {
            throw new InvalidInput("date", panel.name() + " already meets on " + date);
        }
        Meeting meeting = new Meeting(panelId, date, panel.startTime());
        meetings.persist(meeting);
        audit.record(AuditAction.CREATE, "panel-meeting", meeting.id(), "Added a meeting of " + panel.name() + " on " + date);
        return views.summary(meeting, panel);
    }

    private PanelCommand withDefaults(PanelCommand c) {
        return new PanelCommand(c.name(), c.localityId(), c.chairStaffId(), c.cadenceWeek(), c.cadenceDay(),
                c.startTime() == null ? LocalTime.of(10, 0) : c.startTime(), c.venue(),
                c.cutOffDays() == null ? settings.cutOffDays() : c.cutOffDays(),
                c.minutesPerItem() == null ? settings.minutesPerItem() : c.minutesPerItem(),
                c.quorumAgencies() == null ? settings.quorumAgencies() : c.quorumAgencies(), c.version());
    }

    private Map<String, String> problems(PanelCommand c, Panel existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.name() == null || c.name().isBlank()) {
            problems.put("name", "Enter the panel's name");
        } else if (panels.byName(c.name()).filter(p -> existing == null || !p.id().equals(existing.id())).isPresent()) {
            problems.put("name", "A panel called " + c.name().strip() + " already exists");
        }
        if (c.localityId() == null || places.findArea(c.localityId()).filter(a -> a.kind() == AreaKind.LOCALITY).isEmpty()) {
            problems.put("localityId", "Select the locality the panel serves");
        } else if (!access.localitiesInBoundary().contains(c.localityId())) {
            problems.put("localityId", "Select a locality inside your boundary");
        }
        if (c.chairStaffId() == null || views.names(List.of(c.chairStaffId())).values().stream().noneMatch(StaffName::active)) {
            problems.put("chairStaffId", "Select the chair");
        } else if (existing != null && existing.deputyChairedBy(c.chairStaffId())) {
            problems.put("chairStaffId", "The deputy chair cannot also be the chair: change the deputy chair first");
        }
        if (c.cadenceWeek() == null || !(c.cadenceWeek() == Cadence.LAST || (c.cadenceWeek() >= 1 && c.cadenceWeek() <= 4))) {
            problems.put("cadenceWeek", "Select which week of the month the panel meets");
        }
        if (c.cadenceDay() == null) {
            problems.put("cadenceDay", "Select the day of the week the panel meets");
        }
        if (c.cutOffDays() < 0 || c.cutOffDays() > 60) {
            problems.put("cutOffDays", "The cut-off must be between 0 and 60 days before the meeting");
        }
        if (c.minutesPerItem() < 1 || c.minutesPerItem() > 120) {
            problems.put("minutesPerItem", "Minutes per item must be between 1 and 120");
        }
        if (c.quorumAgencies() < 1 || c.quorumAgencies() > 30) {
            problems.put("quorumAgencies", "The quorum must be between 1 and 30 agencies");
        }
        return problems;
    }

    private void requireSetUp() {
        if (!access.setsUp()) {
            throw new Forbidden("Only administrators and managers set panels up.");
        }
    }

    private Panel find(UUID id) {
        return panels.findByIdOptional(id).orElseThrow(() -> new NotFound("panel", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
