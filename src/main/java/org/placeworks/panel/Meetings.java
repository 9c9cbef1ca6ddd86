package org.placeworks.panel;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.organisation.StaffView;
import org.placeworks.panel.internal.AgendaItem;
import org.placeworks.panel.internal.AgendaItemRepository;
import org.placeworks.panel.internal.CarryForward;
import org.placeworks.panel.internal.Meeting;
import org.placeworks.panel.internal.MeetingRepository;
import org.placeworks.panel.internal.Panel;
import org.placeworks.panel.internal.PanelAccess;
import org.placeworks.panel.internal.PanelAction;
import org.placeworks.panel.internal.PanelActionRepository;
import org.placeworks.panel.internal.PanelRepository;
import org.placeworks.panel.internal.PanelViews;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;

/**
 * A meeting from agenda to minutes: the chair orders and publishes the agenda, runs the meeting
 * (attendance, confidentiality, declarations, decisions and actions) and closes it; closing hands
 * deferred items and open actions to the next meeting and sends those who must act their actions.
 * Every read of an agenda or its items is audited.
 */
@ApplicationScoped
public class Meetings {

    @Inject
    PanelRepository panels;

    @Inject
    MeetingRepository meetings;

    @Inject
    AgendaItemRepository items;

    @Inject
    PanelActionRepository actions;

    @Inject
    PanelAccess access;

    @Inject
    PanelViews views;

    @Inject
    PanelSettings settings;

    @Inject
    org.placeworks.panel.internal.MeetingsAhead ahead;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Inject
    org.placeworks.caf.CaseLoops caseLoops;

    @Inject
    jakarta.enterprise.event.Event<org.placeworks.panel.internal.ActionMail> actionMail;

    @Inject
    Clock clock;

    @Inject
    org.placeworks.panel.internal.DeclarationRepository declarations;

    @Inject
    org.placeworks.panel.internal.MinutesRepository minutesRecords;

    @Inject
    org.placeworks.panel.internal.DecisionsAct decisionsAct;

    @Inject
    org.placeworks.caf.CafCases cafCases;

    // --- Reading ------------------------------------------------------------------------

    /**
     * The agenda, for its chair, managers in boundary, and the panel's members within the window
     * (only the items the family agreed to share with their agency); audited.
     */
    @Transactional
    public AgendaView agenda(UUID meetingId) {
        Meeting m = meeting(meetingId);
        Panel p = panelOf(m);
        LocalDate today = views.today();
        access.requireAgenda(p, m, today, settings.memberWindowDays());
        AgendaView agenda = agendaView(m, p, today, access.toldAs(p).orElse(null));
        audit.record(AuditAction.VIEW, "panel-meeting", meetingId, "Viewed the agenda of " + p.name() + " on " + m.date()
                + " (" + agenda.items().size() + " items: " + agenda.items().stream().map(AgendaItemView::caseReference)
                .collect(Collectors.joining(", ")) + (agenda.withheld().isEmpty() ? "" : "; " + agenda.withheld().size()
                + " not shown without the family's agreement") + ")");
        return agenda;
    }

    /** One item with its case summary snapshot, if the reader may be told about it; audited. */
    @Transactional
    public AgendaItemView item(UUID meetingId, UUID itemId) {
        Meeting m = meeting(meetingId);
        Panel p = panelOf(m);
        access.requireAgenda(p, m, views.today(), settings.memberWindowDays());
        AgendaItem item = itemOf(m, itemId);
        if (!access.withheldFromReader(p, List.of(item.caseId())).isEmpty()) {
            throw new NotFound("agenda item", itemId);
        }
        AgendaView agenda = agendaView(m, p, views.today(), null);
        audit.record(AuditAction.VIEW, "panel-item", itemId, "Viewed agenda item " + item.caseReference() + " of "
                + p.name() + " on " + m.date());
        return agenda.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFound("agenda item", itemId));
    }

    /** The meeting's current version, for forms and callers that post it back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long meetingVersion(UUID meetingId) {
        return meeting(meetingId).version();
    }

    /** The current version of a closed meeting's minutes, for forms and callers that post it back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long minutesVersion(UUID meetingId) {
        return minutesRecords.ofMeeting(meetingId).orElseThrow(() -> new NotFound("minutes of meeting", meetingId)).version();
    }

    /** An agenda item's current version, for forms and callers that post it back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long itemVersion(UUID itemId) {
        return items.findByIdOptional(itemId).orElseThrow(() -> new NotFound("agenda item", itemId)).version();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingRef ref(UUID meetingId) {
        Meeting m = meeting(meetingId);
        return views.ref(m, panelOf(m));
    }

    /** Meetings of the panels the reader sees, in a window of days around today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingSummary> around(int daysBack, int daysAhead) {
        LocalDate today = views.today();
        Map<UUID, Panel> visible = access.visiblePanels().stream().collect(Collectors.toMap(Panel::id, Function.identity()));
        return meetings.between(today.minusDays(daysBack), today.plusDays(daysAhead)).stream()
                .filter(m -> visible.containsKey(m.panelId())).map(m -> views.summary(m, visible.get(m.panelId()))).toList();
    }

    // --- The agenda ---------------------------------------------------------------------

    @Transactional
    public void publish(UUID meetingId, Long version) {
        Meeting m = chaired(meetingId);
        StaleEdit.check("meeting", version, m.version());
        m.publish(clock.instant());
        meetings.flush();
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Published the agenda");
    }

    /** Moves an item to a position (1 is first); the others close up around it. */
    @Transactional
    public void move(UUID meetingId, UUID itemId, int position) {
        Meeting m = chaired(meetingId);
        if (!m.open() && m.status() != MeetingStatus.IN_SESSION) {
            throw new org.placeworks.shared.Conflict("The agenda of a closed meeting cannot be reordered.");
        }
        List<AgendaItem> list = new ArrayList<>(items.ofMeeting(meetingId));
        AgendaItem moving = list.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFound("agenda item", itemId));
        list.remove(moving);
        list.add(Math.max(0, Math.min(position - 1, list.size())), moving);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        items.flush();
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Moved item " + moving.caseReference() + " to " + position);
    }

    /** The chair takes a late case as urgent, with the reason recorded. */
    @Transactional
    public void acceptUrgent(UUID meetingId, UUID itemId, String reason) {
        Meeting m = chaired(meetingId);
        m.requireTakesItems();
        if (!m.open() && m.status() != MeetingStatus.IN_SESSION) {
            throw new org.placeworks.shared.Conflict("This meeting has closed: the case stays on the next meeting's agenda.");
        }
        AgendaItem item = items.findByIdOptional(itemId).orElseThrow(() -> new NotFound("agenda item", itemId));
        item.acceptUrgent(meetingId, items.nextPosition(meetingId), reason, access.username());
        items.flush();
        audit.record(AuditAction.UPDATE, "panel-item", itemId, "Accepted as urgent after the cut-off: " + reason.strip());
    }

    // --- Cancelling or moving a meeting ----------------------------------------------------

    /**
     * Cancels a meeting before it starts, with the reason: its items move, in order, to the end of the
     * next meeting's agenda (made from the cadence if none is scheduled), and actions to be reviewed at it
     * are reviewed there instead. A cancelled meeting takes no more items.
     */
    @Transactional
    public MeetingSummary cancel(UUID meetingId, String reason, Long version) {
        Meeting m = chaired(meetingId);
        StaleEdit.check("meeting", version, m.version());
        Panel p = panelOf(m);
        m.cancel(reason, access.username(), clock.instant());
        Meeting next = nextMeeting(p, m.date());
        List<AgendaItem> moving = items.ofMeeting(meetingId);
        int position = items.nextPosition(next.id());
        for (AgendaItem item : moving) {
            item.moveToMeeting(next.id(), position++);
        }
        items.urgentRequestsFor(meetingId).forEach(AgendaItem::urgentRequestLapsed);
        List<PanelAction> reviewed = actions.reviewedAt(meetingId);
        reviewed.forEach(a -> a.reviewAt(next.id()));
        meetings.flush();
        tellWorkers(moving, p.name() + " on " + m.date() + " is cancelled: " + reason.strip() + ".",
                "They move to the next meeting, on " + next.date() + ".");
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Cancelled: " + reason.strip() + "; "
                + moving.size() + " items (" + moving.stream().map(AgendaItem::caseReference).collect(Collectors.joining(", "))
                + ") and " + reviewed.size() + " actions moved to " + next.date());
        return views.summary(next, p);
    }

    /** Moves a meeting to another day before it starts, with the reason; its items stay on it. */
    @Transactional
    public MeetingSummary reschedule(UUID meetingId, LocalDate newDate, String reason, Long version) {
        Meeting m = chaired(meetingId);
        StaleEdit.check("meeting", version, m.version());
        Panel p = panelOf(m);
        if (newDate != null && !newDate.equals(m.date()) && meetings.exists(p.id(), newDate)) {
            throw new InvalidInput("newDate", p.name() + " already meets on " + newDate);
        }
        LocalDate was = m.date();
        m.moveTo(newDate, reason, access.username(), views.today());
        meetings.flush();
        List<AgendaItem> listed = items.ofMeeting(meetingId);
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Moved from " + was + " to " + newDate + ": "
                + reason.strip() + "; its " + listed.size() + " items go with it");
        tellWorkers(listed, p.name() + " on " + was + " is moved to " + newDate + ": " + reason.strip() + ".",
                "They stay on it, now on " + newDate + ".");
        return views.summary(m, p);
    }

    // --- Running the meeting --------------------------------------------------------------

    @Transactional
    public void recordAttendance(UUID meetingId, boolean chairPresent, Map<UUID, AttendanceStatus> statuses,
            Map<UUID, String> names, Long version) {
        Meeting m = chaired(meetingId);
        StaleEdit.check("meeting", version, m.version());
        Panel p = panelOf(m);
        Set<UUID> memberAgencies = p.members().stream().map(pm -> pm.agencyId()).collect(Collectors.toSet());
        Map<UUID, AttendanceStatus> known = new LinkedHashMap<>();
        statuses.forEach((agency, s) -> {
            if (memberAgencies.contains(agency) && s != null) {
                known.put(agency, s);
            }
        });
        m.recordAttendance(chairPresent, known, names);
        meetings.flush();
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Attendance recorded: chair "
                + (chairPresent ? "present" : "absent") + ", " + m.agenciesRepresented() + " agencies represented");
    }

    @Transactional
    public void start(UUID meetingId, boolean confidentialityAcknowledged, Long version) {
        Meeting m = chaired(meetingId);
        StaleEdit.check("meeting", version, m.version());
        Panel p = panelOf(m);
        boolean deputy = !access.chairs(p);
        m.start(confidentialityAcknowledged, views.today(), clock.instant(), access.myId(), deputy);
        meetings.flush();
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Meeting started, chaired by " + access.username()
                + (deputy ? " as deputy chair" + (m.chairPresent() ? " while the chair is present" : "") : "")
                + "; confidentiality statement acknowledged");
    }

    @Transactional
    public void overrideQuorum(UUID meetingId, String reason, Long version) {
        Meeting m = chaired(meetingId);
        StaleEdit.check("meeting", version, m.version());
        m.overrideQuorum(reason, access.username());
        meetings.flush();
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Quorum overridden by the chair: " + reason.strip());
    }

    @Transactional
    public void declare(UUID meetingId, UUID itemId, String declarations, Long version) {
        Meeting m = chaired(meetingId);
        if (m.status() != MeetingStatus.IN_SESSION) {
            throw new org.placeworks.shared.Conflict("Declarations of interest are recorded during the meeting.");
        }
        AgendaItem item = itemOf(m, itemId);
        StaleEdit.check("agenda item", version, item.version());
        item.declare(declarations);
        items.flush();
        audit.record(AuditAction.UPDATE, "panel-item", itemId, "Declarations of interest recorded");
    }

    /**
     * Records the decision on an item: only in session and quorate for the item (without those who declared an
     * interest and withdrew from it), or with the quorum overridden; a stale edit is refused. The decision acts:
     * see {@link org.placeworks.panel.internal.DecisionsAct}. If acting on it is refused, nothing is recorded.
     */
    @Transactional
    public AgendaItemView decide(UUID meetingId, UUID itemId, DecisionCommand command) {
        Meeting m = chaired(meetingId);
        Panel p = panelOf(m);
        AgendaItem item = itemOf(m, itemId);
        List<org.placeworks.panel.internal.Declaration> declared = declarations.ofItem(itemId);
        m.requireDecidable(p.quorumRule(), org.placeworks.panel.internal.DeclarationRepository.withdrawnAgencies(declared),
                org.placeworks.panel.internal.DeclarationRepository.chairWithdrew(declared), views.agencyNames());
        StaleEdit.check("decision", command.version(), item.version());
        item.decide(command.decision(), command.rationale(), command.leadProfessionalId(), access.username(), clock.instant());
        items.flush();
        String acted = decisionsAct.on(m, item, command);
        audit.record(AuditAction.UPDATE, "panel-item", itemId, "Decision: " + command.decision().label()
                + (acted == null ? "" : "; " + acted));
        return views.itemView(item, item.position(), null, List.of(), itemExtras(item, declared, m, p));
    }

    // --- Declarations of interest ---------------------------------------------------------

    /**
     * Records that someone at the meeting declared an interest in an item, and whether they withdrew from it: the
     * person chairing, the chair, the deputy chair, or a member or deputy of a member agency. Someone who withdrew
     * does not count towards the item's quorum. Refused on a stale item, outside the session.
     */
    @Transactional
    public AgendaItemView declareInterest(UUID meetingId, UUID itemId, InterestCommand command) {
        Meeting m = chaired(meetingId);
        if (m.status() != MeetingStatus.IN_SESSION) {
            throw new org.placeworks.shared.Conflict("Declarations of interest are recorded during the meeting.");
        }
        Panel p = panelOf(m);
        AgendaItem item = itemOf(m, itemId);
        StaleEdit.check("agenda item", command.version(), item.version());
        UUID who = command.declarerId();
        UUID agency = p.members().stream().filter(pm -> who != null && (who.equals(pm.memberStaffId()) || who.equals(pm.deputyStaffId())))
                .map(org.placeworks.panel.internal.PanelMember::agencyId).findFirst().orElse(null);
        boolean chairing = who != null && who.equals(m.chairedByStaffId());
        boolean atTheTable = chairing || p.chairedBy(who) || p.deputyChairedBy(who) || agency != null;
        StaffName name = who == null ? null : views.names(List.of(who)).get(who);
        if (who != null && (!atTheTable || name == null)) {
            throw new InvalidInput("declarerId", "Select someone who sits on the panel");
        }
        org.placeworks.panel.internal.Declaration d = new org.placeworks.panel.internal.Declaration(meetingId, itemId, who,
                chairing ? null : agency, name == null ? null : name.name(), chairing, command.interest(), command.withdrew(),
                access.username(), clock.instant());
        declarations.persist(d);
        // The item changed for anyone deciding it: the quorum for it may have moved.
        items.getEntityManager().lock(item, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        items.flush();
        audit.record(AuditAction.UPDATE, "panel-item", itemId, "Declaration of interest by " + d.declaredBy()
                + (chairing ? " (chairing)" : "") + (d.withdrew() ? "; withdrew from the item" : "; stayed"));
        List<org.placeworks.panel.internal.Declaration> declared = declarations.ofItem(itemId);
        return views.itemView(item, item.position(), null, List.of(), itemExtras(item, declared, m, p));
    }

    // --- Minutes: draft, circulated for accuracy, agreed at the next meeting ---------------

    /** Rewords the minutes of a closed meeting (the chair); once circulated, a correction with its reason. */
    @Transactional
    public void reviseMinutes(UUID meetingId, String text, String reason, Long version) {
        org.placeworks.panel.internal.MeetingMinutes minutes = minutesToChange(meetingId, version);
        minutes.revise(text, reason, access.username(), clock.instant());
        minutesRecords.flush();
        audit.record(AuditAction.UPDATE, "panel-minutes", minutes.id(), "Minutes " + (minutes.status() == MinutesStatus.DRAFT
                ? "redrafted" : "corrected: " + reason.strip()) + " (revision " + minutes.current().number() + ")");
    }

    /** Sends the draft minutes to the panel's members for accuracy; they are agreed at the next meeting. */
    @Transactional
    public void circulateMinutes(UUID meetingId, Long version) {
        org.placeworks.panel.internal.MeetingMinutes minutes = minutesToChange(meetingId, version);
        minutes.circulate(clock.instant());
        minutesRecords.flush();
        audit.record(AuditAction.UPDATE, "panel-minutes", minutes.id(), "Minutes circulated for accuracy");
    }

    /**
     * At a meeting in session, the panel agrees the minutes of its last meeting as a true record ("minutes of the
     * last meeting agreed"); {@code version} is the minutes' version as shown on the agenda.
     */
    @Transactional
    public void agreeLastMinutes(UUID meetingId, Long version) {
        Meeting m = chaired(meetingId);
        if (m.status() != MeetingStatus.IN_SESSION) {
            throw new org.placeworks.shared.Conflict("The minutes of the last meeting are agreed while this meeting is in session.");
        }
        Meeting last = meetings.lastClosedBefore(m.panelId(), m.date(), m.id())
                .orElseThrow(() -> new org.placeworks.shared.Conflict("The panel has no earlier meeting with minutes to agree."));
        org.placeworks.panel.internal.MeetingMinutes minutes = minutesRecords.ofMeeting(last.id())
                .orElseThrow(() -> new org.placeworks.shared.Conflict("The last meeting has no minutes to agree."));
        StaleEdit.check("minutes", version, minutes.version());
        minutes.agree(meetingId, clock.instant());
        minutesRecords.flush();
        audit.record(AuditAction.UPDATE, "panel-minutes", minutes.id(), "Minutes of " + last.date()
                + " agreed as a true record at the meeting of " + m.date());
    }

    private org.placeworks.panel.internal.MeetingMinutes minutesToChange(UUID meetingId, Long version) {
        Meeting m = chaired(meetingId);
        org.placeworks.panel.internal.MeetingMinutes minutes = minutesRecords.ofMeeting(m.id())
                .orElseThrow(() -> new NotFound("minutes of meeting", meetingId));
        StaleEdit.check("minutes", version, minutes.version());
        return minutes;
    }

    /** An action on an item; the owner's agency is recorded with it. */
    @Transactional
    public ActionView addAction(UUID meetingId, UUID itemId, ActionCommand command) {
        Meeting m = chaired(meetingId);
        Panel p = panelOf(m);
        m.requireDecidable(p.quorumRule(), Set.of(), false, views.agencyNames());
        AgendaItem item = itemOf(m, itemId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.description() == null || command.description().isBlank()) {
            problems.put("description", "Enter what must be done");
        }
        Map<UUID, StaffName> names = command.ownerId() == null ? Map.of() : views.names(List.of(command.ownerId()));
        StaffName owner = names.get(command.ownerId());
        if (owner == null || !owner.active()) {
            problems.put("ownerId", "Select who will do it");
        }
        if (command.dueOn() == null) {
            problems.put("dueOn", "Enter the date it is due");
        } else if (command.dueOn().isBefore(m.date())) {
            problems.put("dueOn", "The due date must be on or after the meeting");
        } else {
            DateRange.due(m.date()).problem("The due date", command.dueOn()).ifPresent(problem -> problems.put("dueOn", problem));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PanelAction action = new PanelAction(p.id(), m.id(), item.id(), command.description().strip(), owner.id(),
                owner.agencyId(), command.dueOn(), access.username());
        actions.persist(action);
        audit.record(AuditAction.CREATE, "panel-action", action.id(), "Action for " + owner.username() + " on "
                + item.caseReference() + ", due " + command.dueOn());
        return views.action(action, names, views.agencyNames(), m, p.name(), item, views.today());
    }

    /**
     * Closes the meeting: items deferred or not reached, and open actions, move to the next meeting;
     * each owner of an action is sent the decisions and their actions. Returns the minutes.
     */
    @Transactional
    public MinutesView close(UUID meetingId, Long version) {
        Meeting m = chaired(meetingId);
        StaleEdit.check("meeting", version, m.version());
        Panel p = panelOf(m);
        m.close(clock.instant());
        Meeting next = nextMeeting(p, m.date());
        List<AgendaItem> list = items.ofMeeting(meetingId);
        List<AgendaItem> carried = CarryForward.items(list, next.id(), items.nextPosition(next.id()), clock.instant());
        carried.forEach(items::persist);
        List<PanelAction> open = actions.openToCarry(p.id(), meetingId);
        CarryForward.actions(open, next.id());
        meetings.flush();
        org.placeworks.panel.internal.MeetingMinutes record = new org.placeworks.panel.internal.MeetingMinutes(meetingId,
                firstDraft(m, p, list), access.username(), clock.instant());
        minutesRecords.persist(record);
        minutesRecords.flush();
        audit.record(AuditAction.UPDATE, "panel-meeting", meetingId, "Closed; " + carried.size() + " items and "
                + open.size() + " open actions carried to " + next.date() + "; minutes drafted");
        MinutesView minutes = minutesView(m, p, null);
        sendActions(minutes, p);
        tellOfDecisions(list, p, m);
        return minutes;
    }

    // --- Minutes and actions ------------------------------------------------------------

    /**
     * The minutes of a closed meeting. The chair and managers may read the full minutes or any
     * agency's copy; a member reads only their own agency's copy, within the window.
     */
    @Transactional
    public MinutesView minutes(UUID meetingId, UUID agencyId) {
        Meeting m = meeting(meetingId);
        Panel p = panelOf(m);
        access.requireAgenda(p, m, views.today(), settings.memberWindowDays());
        if (m.status() != MeetingStatus.CLOSED) {
            throw new NotFound("minutes of meeting", meetingId);
        }
        UUID copyFor = access.seesEveryItem(p) ? agencyId : access.myAgencyId();
        if (copyFor == null && !access.seesEveryItem(p)) {
            throw new NotFound("minutes of meeting", meetingId);
        }
        MinutesView minutes = minutesView(m, p, copyFor);
        audit.record(AuditAction.VIEW, "panel-meeting", meetingId, "Read the minutes"
                + (copyFor == null ? "" : " (copy for " + minutes.agencyName() + ")")
                + (minutes.withheld().isEmpty() ? "" : "; " + minutes.withheld().size() + " items not shown without the family's agreement"));
        return minutes;
    }

    /** Open panel actions of the panels the reader sees (overdue first), or only the reader's own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionView> openActions(boolean mineOnly) {
        Map<UUID, Panel> visible = access.visiblePanels().stream().collect(Collectors.toMap(Panel::id, Function.identity()));
        List<PanelAction> open = actions.open(visible.keySet());
        if (mineOnly || visible.isEmpty()) {
            UUID me = access.myId();
            open = (visible.isEmpty() ? actions.open(panels.listAll().stream().map(Panel::id).toList()) : open).stream()
                    .filter(a -> a.ownerStaffId().equals(me)).toList();
        }
        return actionViews(open, visible);
    }

    @Transactional
    public void actionDone(UUID actionId, Long version) {
        PanelAction action = actions.findByIdOptional(actionId).orElseThrow(() -> new NotFound("panel action", actionId));
        Panel p = panels.findById(action.panelId());
        boolean owner = action.ownerStaffId().equals(access.myId());
        if (!owner && !access.runs(p)) {
            if (access.seesPanel(p)) {
                throw new org.placeworks.shared.Forbidden("Only the action's owner or the panel's chair can mark it done.");
            }
            throw new NotFound("panel action", actionId);
        }
        StaleEdit.check("action", version, action.version());
        action.done(views.today());
        actions.flush();
        audit.record(AuditAction.UPDATE, "panel-action", actionId, "Marked done");
    }

    // --- Internals ----------------------------------------------------------------------

    /**
     * The agenda as one reader may see it: {@code toldAgency} is the agency whose consent decides which
     * items are shown (null: every item). Consent is read once for the page, at this moment.
     */
    private AgendaView agendaView(Meeting m, Panel p, LocalDate today, UUID toldAgency) {
        List<AgendaItem> list = items.ofMeeting(m.id());
        List<AgendaItem> urgent = access.runs(p) ? items.urgentRequestsFor(m.id()) : List.of();
        List<PanelAction> set = actions.ofMeeting(m.id());
        List<PanelAction> carried = actions.reviewedAt(m.id());
        Map<UUID, AgendaItem> carriedItems = items.byIds(carried.stream().map(PanelAction::itemId).collect(Collectors.toSet()));
        Map<UUID, Meeting> carriedMeetings = meetings.byIds(carried.stream().map(PanelAction::meetingId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        Map<UUID, String> agencies = views.agencyNames();
        Set<UUID> withheldCases = Set.of();
        if (toldAgency != null) {
            Set<UUID> caseIds = new HashSet<>();
            list.forEach(i -> caseIds.add(i.caseId()));
            carriedItems.values().forEach(i -> caseIds.add(i.caseId()));
            withheldCases = access.withheld(toldAgency, caseIds);
        }
        Set<UUID> hidden = withheldCases;
        List<PanelAction> all = new ArrayList<>(set);
        all.addAll(carried);
        Map<UUID, StaffName> names = views.names(staffIds(p, m, all));
        Map<UUID, List<ActionView>> byItem = new HashMap<>();
        Map<UUID, AgendaItem> itemsById = list.stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        set.forEach(a -> byItem.computeIfAbsent(a.itemId(), k -> new ArrayList<>())
                .add(views.action(a, names, agencies, m, p.name(), itemsById.get(a.itemId()), today)));
        List<AgendaItemView> itemViews = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        LocalTime slot = m.startTime();
        int number = 1;
        Map<UUID, List<org.placeworks.panel.internal.Declaration>> declaredByItem = declarations.ofMeeting(m.id()).stream()
                .collect(Collectors.groupingBy(org.placeworks.panel.internal.Declaration::itemId));
        Set<UUID> leads = list.stream().map(AgendaItem::leadProfessionalStaffId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, StaffName> leadNames = leads.isEmpty() ? Map.of() : views.names(leads);
        Map<UUID, List<AgendaItemView.ClosingNeed>> closingNeeds = closingNeeds(m, p, list, hidden);
        for (AgendaItem i : list) {
            if (hidden.contains(i.caseId())) {
                withheld.add(notShown(number++, agencies.getOrDefault(toldAgency, "your agency")));
            } else {
                itemViews.add(views.itemView(i, number++, slot, byItem.getOrDefault(i.id(), List.of()),
                        itemExtras(i, declaredByItem.getOrDefault(i.id(), List.of()), m, p, agencies, leadNames,
                                closingNeeds.getOrDefault(i.caseId(), List.of()))));
            }
            slot = slot.plusMinutes(p.minutesPerItem());
        }
        List<AgendaItemView> urgentViews = urgent.stream().map(i -> views.itemView(i, 0, null, List.of())).toList();
        List<ActionView> carriedViews = carried.stream()
                .filter(a -> carriedItems.get(a.itemId()) == null || !hidden.contains(carriedItems.get(a.itemId()).caseId()))
                .map(a -> views.action(a, names, agencies, carriedMeetings.get(a.meetingId()), p.name(),
                        carriedItems.get(a.itemId()), today)).toList();
        return new AgendaView(views.meetingView(m, p, names, agencies), itemViews, urgentViews, carriedViews,
                access.runs(p), withheld, lastMinutes(m));
    }

    private static String notShown(int number, String agencyName) {
        return "Item " + number + " is not shown: the family has not agreed to share it with " + agencyName + ".";
    }

    private MinutesView minutesView(Meeting m, Panel p, UUID agencyId) {
        if (agencyId == null) {
            AgendaView agenda = agendaView(m, p, views.today(), null);
            return new MinutesView(agenda.meeting(), agenda.items(), null, List.of(), minutesRecord(m, p));
        }
        Map<UUID, String> agencies = views.agencyNames();
        String agencyName = agencies.get(agencyId);
        if (agencyName == null) {
            throw new NotFound("agency", agencyId);
        }
        List<AgendaItem> raw = items.ofMeeting(m.id());
        Set<UUID> involved = new HashSet<>();
        raw.stream().filter(i -> agencyId.equals(i.submitterAgencyId())).forEach(i -> involved.add(i.id()));
        actions.ofMeeting(m.id()).stream().filter(a -> agencyId.equals(a.agencyId())).forEach(a -> involved.add(a.itemId()));
        // The agency copy names only items the family agreed to share with the agency, as of now.
        AgendaView agenda = agendaView(m, p, views.today(), agencyId);
        Set<Integer> shownNumbers = agenda.items().stream().map(AgendaItemView::number).collect(Collectors.toSet());
        List<String> withheld = new ArrayList<>();
        for (int n = 0; n < raw.size(); n++) {
            if (involved.contains(raw.get(n).id()) && !shownNumbers.contains(n + 1)) {
                withheld.add(notShown(n + 1, agencyName));
            }
        }
        return new MinutesView(agenda.meeting(), agenda.items().stream().filter(i -> involved.contains(i.id())).toList(),
                agencyName, withheld, minutesRecord(m, p));
    }

    /** The minutes of the panel's last closed meeting, for this meeting's agenda; none once this meeting has closed. */
    private AgendaView.LastMinutes lastMinutes(Meeting m) {
        if (m.status() == MeetingStatus.CLOSED || m.status() == MeetingStatus.CANCELLED) {
            return null;
        }
        return meetings.lastClosedBefore(m.panelId(), m.date(), m.id())
                .flatMap(last -> minutesRecords.ofMeeting(last.id()).map(r -> new AgendaView.LastMinutes(last.id(), last.date(),
                        r.status(), r.current().text(), r.version())))
                .orElse(null);
    }

    private MinutesView.Record minutesRecord(Meeting m, Panel p) {
        return minutesRecords.ofMeeting(m.id()).map(r -> {
            LocalDate agreedAt = r.agreedAtMeetingId() == null ? null
                    : meetings.findByIdOptional(r.agreedAtMeetingId()).map(Meeting::date).orElse(null);
            List<MinutesView.Revision> revisions = new ArrayList<>(r.revisions().stream().map(v -> new MinutesView.Revision(
                    v.number(), v.text(), v.reason(), v.writtenBy(), v.writtenAt())).toList());
            java.util.Collections.reverse(revisions);
            return new MinutesView.Record(r.status(), r.current().text(), agreedAt, revisions, r.version(), access.runs(p));
        }).orElse(null);
    }

    private PanelViews.ItemExtras itemExtras(AgendaItem i, List<org.placeworks.panel.internal.Declaration> declared,
            Meeting m, Panel p) {
        Map<UUID, StaffName> leadNames = i.leadProfessionalStaffId() == null ? Map.of()
                : views.names(List.of(i.leadProfessionalStaffId()));
        return itemExtras(i, declared, m, p, views.agencyNames(), leadNames, List.of());
    }

    /**
     * The needs of the agenda's cases, with their ids, for whoever runs the meeting to give each need's outcome when
     * the panel closes a case; read once for the agenda, and only until the meeting closes.
     */
    private Map<UUID, List<AgendaItemView.ClosingNeed>> closingNeeds(Meeting m, Panel p, List<AgendaItem> list, Set<UUID> hidden) {
        if (!access.runs(p) || m.status() == MeetingStatus.CLOSED || m.status() == MeetingStatus.CANCELLED) {
            return Map.of();
        }
        Set<UUID> caseIds = list.stream().map(AgendaItem::caseId).filter(c -> c != null && !hidden.contains(c))
                .collect(Collectors.toSet());
        Map<UUID, List<AgendaItemView.ClosingNeed>> needs = new HashMap<>();
        caseLoops.needsToClose(caseIds).forEach((caseId, ofCase) -> needs.put(caseId, ofCase.stream()
                .map(n -> new AgendaItemView.ClosingNeed(n.id(), n.description())).toList()));
        return needs;
    }

    /** What an item shows besides itself: declarations, the lead professional allocated, the grant's outcome, its quorum. */
    private PanelViews.ItemExtras itemExtras(AgendaItem i, List<org.placeworks.panel.internal.Declaration> declared,
            Meeting m, Panel p, Map<UUID, String> agencies, Map<UUID, StaffName> leadNames,
            List<AgendaItemView.ClosingNeed> closingNeeds) {
        List<AgendaItemView.Interest> interests = declared.stream().map(d -> new AgendaItemView.Interest(d.declaredBy(),
                d.agencyId() == null ? null : agencies.get(d.agencyId()), d.interest(), d.withdrew(), d.chairing())).toList();
        StaffName lead = i.leadProfessionalStaffId() == null ? null : leadNames.get(i.leadProfessionalStaffId());
        String outcome = i.decision() != null && i.decision().onGrant() ? decisionsAct.outcomeOf(i).orElse(null) : null;
        String shortfall = null;
        Set<UUID> withdrawn = org.placeworks.panel.internal.DeclarationRepository.withdrawnAgencies(declared);
        boolean chairOut = org.placeworks.panel.internal.DeclarationRepository.chairWithdrew(declared);
        if ((!withdrawn.isEmpty() || chairOut) && m.status() == MeetingStatus.IN_SESSION) {
            var check = m.quorum(p.quorumRule(), withdrawn, chairOut);
            shortfall = check.met() ? null : check.shortfall(agencies);
        }
        return new PanelViews.ItemExtras(interests, lead == null ? null : lead.name(), outcome, shortfall, closingNeeds);
    }

    /** The minutes' first draft, for the chair to reword before circulating: who chaired, who came, what was decided. */
    private String firstDraft(Meeting m, Panel p, List<AgendaItem> list) {
        Map<UUID, String> agencies = views.agencyNames();
        StaffName chairing = m.chairedByStaffId() == null ? null : views.names(List.of(m.chairedByStaffId())).get(m.chairedByStaffId());
        StringBuilder text = new StringBuilder(p.name() + " met on " + m.date() + ", chaired by "
                + (chairing == null ? "the chair" : chairing.name()) + (m.chairedByDeputy() ? " (deputy chair)" : "") + ". ");
        List<String> present = m.attendance().stream().filter(a -> a.status() != null && a.status().represented())
                .map(a -> agencies.getOrDefault(a.agencyId(), "")).sorted().toList();
        text.append(present.isEmpty() ? "No member agency was recorded as present." : "Present: " + String.join(", ", present) + ".");
        if (m.quorumOverrideReason() != null) {
            text.append(" The chair overrode the quorum: ").append(m.quorumOverrideReason());
        }
        long decided = list.stream().filter(i -> i.decision() != null && i.decision() != DecisionCode.DEFER).count();
        text.append(" ").append(decided).append(" of ").append(list.size()).append(" items were decided.");
        return text.toString();
    }

    /**
     * After the meeting closes, the worker who brought each decided item and the case's lead professional are told
     * the decision (case reference, decision, reasons), once the close commits.
     */
    private void tellOfDecisions(List<AgendaItem> list, Panel p, Meeting m) {
        List<AgendaItem> decided = list.stream().filter(i -> i.decision() != null).toList();
        if (decided.isEmpty()) {
            return;
        }
        Map<UUID, UUID> leads = cafCases.leadProfessionals(decided.stream().map(AgendaItem::caseId).collect(Collectors.toSet()));
        List<StaffView> everyone = staff.all();
        Map<String, StaffView> byUsername = new HashMap<>();
        Map<UUID, StaffView> byId = new HashMap<>();
        everyone.forEach(s -> {
            byUsername.put(s.username(), s);
            byId.put(s.id(), s);
        });
        Map<StaffView, List<AgendaItem>> told = new LinkedHashMap<>();
        for (AgendaItem i : decided) {
            Set<StaffView> who = new java.util.LinkedHashSet<>();
            java.util.Optional.ofNullable(byUsername.get(i.submittedBy())).ifPresent(who::add);
            java.util.Optional.ofNullable(leads.get(i.caseId())).map(byId::get).ifPresent(who::add);
            // A lead professional the panel has just allocated is told too.
            java.util.Optional.ofNullable(i.leadProfessionalStaffId()).map(byId::get).ifPresent(who::add);
            who.stream().filter(s -> s.email() != null && !s.email().isBlank())
                    .forEach(s -> told.computeIfAbsent(s, k -> new ArrayList<>()).add(i));
        }
        List<Mail> mails = new ArrayList<>();
        told.forEach((person, theirs) -> {
            StringBuilder text = new StringBuilder("OFFICIAL-SENSITIVE\n\nDear " + person.givenName() + ",\n\n")
                    .append(p.name()).append(" met on ").append(m.date())
                    .append(". It decided on cases you brought to it or lead:\n\n");
            theirs.forEach(i -> {
                text.append(i.caseReference()).append(": ").append(i.decision().label()).append("\n  Reasons: ")
                        .append(i.rationale()).append("\n");
                if (i.decision().nextForTheWorker() != null) {
                    text.append("  Next: ").append(i.decision().nextForTheWorker()).append("\n");
                }
                text.append("\n");
            });
            text.append("The decision is on the case's page and on My cases. Do not forward this email.\n");
            mails.add(Mail.withText(person.email(), "OFFICIAL-SENSITIVE: the panel's decision on your cases, "
                    + p.name() + " on " + m.date(), text.toString()));
        });
        actionMail.fire(new org.placeworks.panel.internal.ActionMail(mails));
    }

    private void sendActions(MinutesView minutes, Panel p) {
        List<Mail> mails = new ArrayList<>();
        Map<UUID, List<ActionView>> byOwner = new LinkedHashMap<>();
        minutes.items().forEach(i -> i.actions().forEach(a -> byOwner.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a)));
        if (byOwner.isEmpty()) {
            return;
        }
        Map<UUID, StaffView> owners = staff.all().stream().filter(s -> byOwner.containsKey(s.id()))
                .collect(Collectors.toMap(StaffView::id, Function.identity()));
        Map<UUID, AgendaItemView> itemsById = minutes.items().stream().collect(Collectors.toMap(AgendaItemView::id, Function.identity()));
        byOwner.forEach((ownerId, mine) -> {
            StaffView owner = owners.get(ownerId);
            if (owner == null || owner.email() == null || owner.email().isBlank()) {
                return;
            }
            StringBuilder text = new StringBuilder("OFFICIAL-SENSITIVE\n\nDear " + owner.givenName() + ",\n\n")
                    .append(p.name()).append(" met on ").append(minutes.meeting().date())
                    .append(". These are the decisions on the items where you have actions, and your actions.\n\n");
            mine.stream().map(ActionView::itemId).distinct().map(itemsById::get).forEach(item -> {
                text.append(item.caseReference()).append(" (").append(item.kind().label()).append("): ")
                        .append(item.decision() == null ? "not decided" : item.decision().label()).append("\n");
                if (item.rationale() != null) {
                    text.append("  Reasons: ").append(item.rationale()).append("\n");
                }
                mine.stream().filter(a -> a.itemId().equals(item.id())).forEach(a -> text.append("  Your action: ")
                        .append(a.description()).append(", due ").append(a.dueOn()).append("\n"));
                text.append("\n");
            });
            text.append("The minutes follow within 10 working days. Do not forward this email.\n");
            mails.add(Mail.withText(owner.email(), "OFFICIAL-SENSITIVE: your actions from " + p.name() + " on "
                    + minutes.meeting().date(), text.toString()));
        });
        // Sent only once the close has committed: a failed close must not have emailed anyone.
        actionMail.fire(new org.placeworks.panel.internal.ActionMail(mails));
    }

    /**
     * Tells each worker who listed a case on a meeting that was cancelled or moved, by case reference only,
     * once the change has committed.
     */
    private void tellWorkers(List<AgendaItem> listed, String what, String whereTheyGo) {
        Map<String, List<String>> byWorker = new LinkedHashMap<>();
        listed.forEach(i -> byWorker.computeIfAbsent(i.submittedBy(), k -> new ArrayList<>()).add(i.caseReference()));
        if (byWorker.isEmpty()) {
            return;
        }
        List<Mail> mails = new ArrayList<>();
        staff.all().stream().filter(s -> byWorker.containsKey(s.username()) && s.email() != null && !s.email().isBlank())
                .forEach(worker -> mails.add(Mail.withText(worker.email(), "OFFICIAL-SENSITIVE: a panel meeting with your cases has changed",
                        "OFFICIAL-SENSITIVE\n\nDear " + worker.givenName() + ",\n\n" + what + "\n\nYour cases listed for it: "
                                + String.join(", ", byWorker.get(worker.username())) + ". " + whereTheyGo
                                + "\n\nDo not forward this email.\n")));
        actionMail.fire(new org.placeworks.panel.internal.ActionMail(mails));
    }

    private List<ActionView> actionViews(List<PanelAction> list, Map<UUID, Panel> panelsById) {
        if (list.isEmpty()) {
            return List.of();
        }
        LocalDate today = views.today();
        Map<UUID, AgendaItem> itemsById = items.byIds(list.stream().map(PanelAction::itemId).collect(Collectors.toSet()));
        Map<UUID, Meeting> meetingsById = meetings.byIds(list.stream().map(PanelAction::meetingId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        Map<UUID, StaffName> names = views.names(list.stream().map(PanelAction::ownerStaffId).toList());
        Map<UUID, String> agencies = views.agencyNames();
        // Outside the panels the reader sees every item of, an action names its family only if the family
        // agreed to share with the reader's agency: one consent query for the whole list.
        UUID myAgency = access.myAgencyId() == null ? new UUID(0, 0) : access.myAgencyId();
        Set<UUID> askAbout = list.stream().filter(a -> !panelsById.containsKey(a.panelId())
                        || !access.seesEveryItem(panelsById.get(a.panelId())))
                .map(a -> itemsById.get(a.itemId())).filter(java.util.Objects::nonNull).map(AgendaItem::caseId)
                .collect(Collectors.toSet());
        Set<UUID> withheld = access.withheld(myAgency, askAbout);
        String notAgreed = "Not shown: the family has not agreed to share it with " + agencies.getOrDefault(myAgency, "your agency");
        return list.stream().map(a -> {
                    AgendaItem item = itemsById.get(a.itemId());
                    ActionView v = views.action(a, names, agencies, meetingsById.get(a.meetingId()),
                            panelsById.containsKey(a.panelId()) ? panelsById.get(a.panelId()).name() : "", item, today);
                    boolean hidden = item != null && askAbout.contains(item.caseId()) && withheld.contains(item.caseId());
                    return hidden ? new ActionView(v.id(), v.itemId(), v.meetingId(), v.meetingDate(), v.panelName(), notAgreed,
                            "", v.description(), v.ownerId(), v.ownerName(), v.agencyName(), v.dueOn(), v.doneOn(),
                            v.overdue(), v.version()) : v;
                })
                .sorted(java.util.Comparator.comparing((ActionView a) -> !a.overdue()).thenComparing(ActionView::dueOn))
                .toList();
    }

    private static Set<UUID> staffIds(Panel p, Meeting meeting, Collection<PanelAction> list) {
        Set<UUID> ids = new HashSet<>();
        ids.add(p.chairStaffId());
        ids.add(p.deputyChairStaffId());
        ids.add(meeting.chairedByStaffId());
        p.members().forEach(m -> {
            ids.add(m.memberStaffId());
            ids.add(m.deputyStaffId());
        });
        list.forEach(a -> ids.add(a.ownerStaffId()));
        ids.remove(null);
        return ids;
    }

    /** The panel's next meeting after the day that has not happened yet; one is made from the cadence if none is scheduled. */
    private Meeting nextMeeting(Panel p, LocalDate after) {
        return meetings.nextAfter(p.id(), after).orElseGet(() -> {
            Meeting made = new Meeting(p.id(), ahead.nextAfter(p, after), p.startTime());
            meetings.persist(made);
            return made;
        });
    }

    private Meeting chaired(UUID meetingId) {
        Meeting m = meeting(meetingId);
        access.requireChair(panelOf(m), m, views.today(), settings.memberWindowDays());
        return m;
    }

    private Meeting meeting(UUID id) {
        return meetings.withAttendance(id).orElseThrow(() -> new NotFound("panel meeting", id));
    }

    private Panel panelOf(Meeting m) {
        return panels.withMembers(m.panelId());
    }

    private AgendaItem itemOf(Meeting m, UUID itemId) {
        return items.findByIdOptional(itemId).filter(i -> i.meetingId().equals(m.id()))
                .orElseThrow(() -> new NotFound("agenda item", itemId));
    }

}
