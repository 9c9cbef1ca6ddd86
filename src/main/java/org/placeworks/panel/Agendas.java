package org.placeworks.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseId;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.geography.Places;
import org.placeworks.panel.internal.AgendaItem;
import org.placeworks.panel.internal.AgendaItemRepository;
import org.placeworks.panel.internal.CutOff;
import org.placeworks.panel.internal.Meeting;
import org.placeworks.panel.internal.MeetingRepository;
import org.placeworks.panel.internal.Panel;
import org.placeworks.panel.internal.PanelAccess;
import org.placeworks.panel.internal.PanelRepository;
import org.placeworks.panel.internal.PanelViews;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/**
 * Bringing a case to panel: the case's own workers list it, with consent checked, for the next
 * meeting of the panel whose locality holds the family's address. After that meeting's cut-off it
 * goes to the meeting after, unless they ask for it to be taken as urgent and the chair accepts.
 * The case summary is copied onto the item so that members never need access to the case.
 */
@ApplicationScoped
public class Agendas implements PanelIntake {

    @Inject
    org.placeworks.shared.Reading reading;

    @Inject
    CafCases cases;

    @Inject
    Places places;

    @Inject
    PanelRepository panels;

    @Inject
    MeetingRepository meetings;

    @Inject
    AgendaItemRepository items;

    @Inject
    PanelAccess access;

    @Inject
    PanelViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PanelSettings settings;

    @Override
    public AgendaItemRef bring(CaseId caseId, ItemKind kind, String note, AgendaSubject subject) {
        return bring(new BringCommand(caseId.value(), kind, note, subject, false, null));
    }

    /** The case, if the caller may bring it to panel: its own workers only; checked before anything posted is read. */
    @Transactional
    public CaseView caseToBring(UUID caseId) {
        if (caseId == null) {
            throw new InvalidInput("caseId", "Choose the case to bring to panel");
        }
        CaseView view = cases.find(new CaseId(caseId));
        if (!view.canEdit()) {
            throw new Forbidden("Only the case's own workers can bring it to panel.");
        }
        return view;
    }

    @Transactional
    public AgendaItemRef bring(BringCommand command) {
        CaseView view = caseToBring(command.caseId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.kind() == null) {
            problems.put("kind", "Select why the case is coming to panel");
        }
        if (command.note() == null || command.note().isBlank()) {
            problems.put("note", "Enter what you are asking the panel for");
        } else if (command.note().length() > 2000) {
            problems.put("note", "The note must be 2,000 characters or fewer");
        }
        if (view.status() == CaseStatus.AWAITING_CONSENT) {
            throw new InvalidInput("caseId", "The family has not given consent yet. Record their consent on case "
                    + view.reference() + " before bringing it to panel.");
        }
        if (view.status() == CaseStatus.CLOSED) {
            throw new InvalidInput("caseId", "Case " + view.reference() + " is closed: a closed case cannot be brought to panel.");
        }
        if (view.consent() == null || view.consent().withdrawnOn() != null) {
            throw new InvalidInput("caseId", "The family's consent for case " + view.reference() + " is not in place.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Panel panel = panels.listAll().stream()
                .filter(p -> places.coverageOf(Set.of(p.localityId())).covers(view.family().address()))
                .findFirst().orElseThrow(() -> new InvalidInput("caseId",
                        "No panel serves the locality of the family's address: ask your manager to set one up."));
        LocalDate today = views.today();
        List<Meeting> open = meetings.openFrom(panel.id(), today);
        if (open.isEmpty()) {
            throw new Conflict(panel.name() + " has no meetings scheduled: ask your manager.");
        }
        Meeting first = open.get(0);
        boolean inTime = first.status() == MeetingStatus.SCHEDULED && CutOff.inTime(today, first.date(), panel.cutOffDays());
        if (!inTime && open.size() < 2) {
            throw new Conflict(panel.name() + " has no meeting scheduled after " + first.date() + ": ask your manager.");
        }
        Meeting target = inTime ? first : open.get(1);
        if (items.pending(command.caseId(), command.kind(), open.stream().map(Meeting::id).toList())) {
            throw new InvalidInput("kind", "Case " + view.reference() + " is already on the agenda for this reason.");
        }
        AgendaItem item = new AgendaItem(target.id(), items.nextPosition(target.id()), view.id(), command.kind(),
                command.note().strip(), command.subject(), access.username(), access.myAgencyId(),
                clock.instant(), snapshot(view, today));
        if (!inTime && command.urgent()) {
            item.requestUrgent(first.id(), command.urgentReason());
        }
        items.persist(item);
        audit.record(AuditAction.CREATE, "panel-item", item.id(), "Brought case " + view.reference() + " to "
                + panel.name() + " on " + target.date() + " (" + command.kind().label() + ")"
                + (item.urgentRequestedFor() != null ? "; asked to be heard urgently on " + first.date() : ""));
        return new AgendaItemRef(item.id(), target.id(), target.date(), panel.name(), command.kind(), false);
    }

    /**
     * An item heard at a meeting already held, recorded afterwards (a panel's history, or an agenda typed up
     * from paper): listed last on that meeting by the case's own worker, with the case summary as it stands
     * now. Which agency brought it was not kept, so none is recorded.
     */
    @Transactional
    public AgendaItemRef listOnPastMeeting(UUID meetingId, BringCommand command) {
        if (command.caseId() == null) {
            throw new InvalidInput("caseId", "Choose the case to list");
        }
        if (command.kind() == null || command.note() == null || command.note().isBlank()) {
            throw new InvalidInput(command.kind() == null ? "kind" : "note", "Say why the case was heard");
        }
        CaseView view = cases.find(new CaseId(command.caseId()));
        if (!view.canEdit()) {
            throw new Forbidden("Only the case's own workers can list it on a meeting.");
        }
        Meeting meeting = meetings.withAttendance(meetingId).orElseThrow(() -> new NotFound("panel meeting", meetingId));
        meeting.requireTakesItems();
        LocalDate today = views.today();
        if (!meeting.date().isBefore(today) || meeting.status() == MeetingStatus.CLOSED) {
            throw new Conflict("Only a meeting already held, and not yet closed, can have items recorded afterwards.");
        }
        Panel panel = panels.withMembers(meeting.panelId());
        AgendaItem item = new AgendaItem(meeting.id(), items.nextPosition(meeting.id()), view.id(), command.kind(),
                command.note().strip(), command.subject(), access.username(), null, clock.instant(),
                snapshot(view, today));
        items.persist(item);
        audit.record(AuditAction.CREATE, "panel-item", item.id(), "Listed case " + view.reference() + " on "
                + panel.name() + " of " + meeting.date() + ", afterwards (" + command.kind().label() + ")");
        return new AgendaItemRef(item.id(), meeting.id(), meeting.date(), panel.name(), command.kind(), false);
    }

    /** Where a case would go if brought today: the meeting, and whether the cut-off has passed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MeetingSummary> nextMeetingFor(UUID caseId) {
        CaseView view = cases.find(new CaseId(caseId));
        LocalDate today = views.today();
        return panels.listAll().stream()
                .filter(p -> places.coverageOf(Set.of(p.localityId())).covers(view.family().address())).findFirst()
                .flatMap(p -> meetings.openFrom(p.id(), today).stream().findFirst().map(m -> views.summary(m, p)));
    }

    /** The case's agenda items, read once in a reading (the case page's panel section and its timeline both ask). */
    private List<AgendaItem> itemsOfCase(UUID caseId) {
        return reading.once("panel.items-of-case:" + caseId, () -> items.ofCase(caseId));
    }

    /**
     * The meetings a case was listed for, oldest first. For a case the caller has already opened (and
     * so may see): it is not read again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Hearing> hearingsOf(CaseView kase) {
        List<AgendaItem> listed = itemsOfCase(kase.id());
        Map<UUID, Meeting> byId = meetings.byIds(listed.stream().map(AgendaItem::meetingId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Meeting::id, m -> m));
        Map<UUID, String> panelNames = panels.byIds(byId.values().stream().map(Meeting::panelId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Panel::id, Panel::name));
        return listed.stream().map(i -> {
            Meeting m = byId.get(i.meetingId());
            return new Hearing(m.date(), panelNames.get(m.panelId()), i.kind(), i.decision());
        }).sorted(java.util.Comparator.comparing(Hearing::meetingDate)).toList();
    }

    @Override
    @Transactional
    public MeetingRef requireDecidable(MeetingId meetingId) {
        Meeting m = meetings.withAttendance(meetingId.value()).orElseThrow(() -> new NotFound("panel meeting", meetingId.value()));
        Panel p = panels.withMembers(m.panelId());
        // Only the meeting's own chair records what its panel decided.
        access.requireChair(p, m, views.today(), settings.memberWindowDays());
        m.requireDecidable(p.quorumRule(), Set.of(), false, views.agencyNames());
        return views.ref(m, p);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MeetingRef> meeting(MeetingId meetingId) {
        return meetings.withAttendance(meetingId.value()).map(m -> views.ref(m, panels.withMembers(m.panelId())));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean onAgenda(MeetingId meetingId, CaseId caseId) {
        return items.caseOn(meetingId.value(), caseId.value());
    }

    /**
     * Each time the case was listed for a panel and each decision on it, for the case's timeline, newest first.
     * The case's own workers see them all; others see a panel's entries if they see every item of that panel (its
     * chair, deputy chair, managers in boundary), or else only if the family agreed to share the case with their
     * agency, as the panel's own pages decide.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<org.placeworks.family.TimelineEntry> timelineOf(UUID caseId, boolean worksOnCase) {
        List<AgendaItem> listed = itemsOfCase(caseId);
        if (listed.isEmpty()) {
            return List.of();
        }
        Map<UUID, Meeting> byId = meetings.byIds(listed.stream().map(AgendaItem::meetingId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Meeting::id, m -> m));
        Map<UUID, Panel> panelsById = panels.byIds(byId.values().stream().map(Meeting::panelId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Panel::id, p -> p));
        java.util.function.Supplier<Boolean> agencyTold = new java.util.function.Supplier<>() {
            private Boolean told;

            @Override
            public Boolean get() {
                if (told == null) {
                    UUID agency = access.myAgencyId() == null ? new UUID(0, 0) : access.myAgencyId();
                    told = access.withheld(agency, Set.of(caseId)).isEmpty();
                }
                return told;
            }
        };
        Set<UUID> leads = listed.stream().map(AgendaItem::leadProfessionalStaffId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, org.placeworks.organisation.StaffName> leadNames = leads.isEmpty() ? Map.of() : views.names(leads);
        String link = "/cases/" + caseId + "#panel";
        List<org.placeworks.family.TimelineEntry> entries = new java.util.ArrayList<>();
        for (AgendaItem i : listed) {
            Meeting m = byId.get(i.meetingId());
            Panel p = m == null ? null : panelsById.get(m.panelId());
            if (p == null || !(worksOnCase || access.seesEveryItem(p) || agencyTold.get())) {
                continue;
            }
            String meeting = p.name() + " on " + m.date();
            entries.add(new org.placeworks.family.TimelineEntry(i.submittedAt(), i.submittedBy(), "Listed for " + meeting + ": "
                    + i.kind().label() + (i.carriedFromItemId() == null ? "" : " (carried forward from an earlier meeting)"), link));
            if (i.decision() != null && i.decidedAt() != null) {
                org.placeworks.organisation.StaffName lead = i.leadProfessionalStaffId() == null ? null
                        : leadNames.get(i.leadProfessionalStaffId());
                entries.add(new org.placeworks.family.TimelineEntry(i.decidedAt(), i.decidedBy(), "Panel decision at " + meeting
                        + ": " + i.decision().label() + (lead == null ? "" : " (" + lead.name() + ")") + ". Reasons: "
                        + i.rationale(), link));
            }
        }
        return entries;
    }

    /**
     * The panel's decisions of the last {@code days} days, at meetings that have closed, on the cases the worker
     * brought to it or has on "My cases" (as lead professional or on the team), newest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionNotice> recentDecisionsFor(java.util.Collection<UUID> myCases, int days) {
        return items.decidedSince(access.username(), myCases, clock.instant().minus(java.time.Duration.ofDays(days)));
    }

    @Override
    @Transactional
    public void subjectDecided(MeetingId meetingId, AgendaSubject subject, boolean awarded, String reasons) {
        DecisionCode code = awarded ? DecisionCode.AWARD_GRANT : DecisionCode.DECLINE_GRANT;
        items.ofMeeting(meetingId.value()).stream()
                .filter(i -> subject.equals(i.subject()) && i.decision() != code)
                .forEach(i -> {
                    i.decide(code, reasons, access.username(), clock.instant());
                    audit.record(AuditAction.UPDATE, "panel-item", i.id(), "Decision: " + code.label()
                            + " (recorded on the grant request)");
                });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<MeetingRef> inSession() {
        Map<UUID, Panel> chaired = access.visiblePanels().stream().filter(access::chairs)
                .collect(Collectors.toMap(Panel::id, p -> p));
        return meetings.inSession().stream().filter(m -> chaired.containsKey(m.panelId()))
                .map(m -> views.ref(m, chaired.get(m.panelId()))).toList();
    }

    /** The case summary an item keeps: family name, children's ages, needs with headline outcomes, reason. */
    private static AgendaItem.Snapshot snapshot(CaseView view, LocalDate today) {
        String ages = view.children().stream().map(c -> c.unborn() ? "unborn" : String.valueOf(c.ageOn(today)))
                .collect(Collectors.joining(", "));
        String needs = view.needs().stream()
                .map(n -> n.description().replace('\n', ' ').replace('|', '/') + "|" + n.headline().label())
                .collect(Collectors.joining("\n"));
        return new AgendaItem.Snapshot(view.reference(), view.family().name(), ages.isEmpty() ? "none recorded" : ages,
                needs, view.reason());
    }
}
