package org.placeworks.panel.internal;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.panel.ActionView;
import org.placeworks.panel.AgendaItemView;
import org.placeworks.panel.AgendaSubject;
import org.placeworks.panel.AgendaSubjectRoute;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.MeetingRef;
import org.placeworks.panel.MeetingSummary;
import org.placeworks.panel.MeetingView;
import org.placeworks.panel.PanelView;
import org.placeworks.shared.Today;

/**
 * Builds the panel's views with a fixed number of queries whatever the number of items: names of
 * staff and agencies are looked up once for a whole page.
 */
@ApplicationScoped
public class PanelViews {

    @Inject
    Today today;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    Places places;

    @Inject
    @All
    List<AgendaSubjectRoute> subjectRoutes;

    public LocalDate today() {
        return today.date();
    }

    public Map<UUID, String> agencyNames() {
        return services.agencies().stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name));
    }

    public Map<UUID, StaffName> names(Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        return staff.names(wanted);
    }

    public PanelView panel(Panel p) {
        Set<UUID> ids = new HashSet<>();
        ids.add(p.chairStaffId());
        ids.add(p.deputyChairStaffId());
        p.members().forEach(m -> {
            ids.add(m.memberStaffId());
            ids.add(m.deputyStaffId());
        });
        return panel(p, names(ids), agencyNames(), places.findArea(p.localityId()).map(AreaView::name).orElse(""));
    }

    public PanelView panel(Panel p, Map<UUID, StaffName> names, Map<UUID, String> agencies, String localityName) {
        List<PanelView.Member> members = p.members().stream()
                .map(m -> new PanelView.Member(m.id(), m.agencyId(), agencies.get(m.agencyId()), names.get(m.memberStaffId()),
                        m.deputyStaffId() == null ? null : names.get(m.deputyStaffId())))
                .sorted(java.util.Comparator.comparing(PanelView.Member::agencyName))
                .toList();
        Cadence cadence = p.cadence();
        return new PanelView(p.id(), p.name(), p.localityId(), localityName, names.get(p.chairStaffId()),
                p.deputyChairStaffId() == null ? null : names.get(p.deputyChairStaffId()), cadence.week(),
                cadence.day(), cadence.describe(), p.startTime(), p.venue(), p.cutOffDays(), p.minutesPerItem(),
                p.quorumAgencies(), members, p.version(), List.copyOf(p.quorumNamedAgencies()),
                p.quorumNamedAgencies().stream().map(a -> agencies.getOrDefault(a, "")).sorted().toList());
    }

    public MeetingSummary summary(Meeting m, Panel p) {
        return new MeetingSummary(m.id(), p.id(), p.name(), m.date(), m.startTime(), m.status(),
                CutOff.of(m.date(), p.cutOffDays()));
    }

    public MeetingRef ref(Meeting m, Panel p) {
        return new MeetingRef(m.id(), p.id(), p.name(), m.date(), m.status(), m.quorum(p.quorumRule()).met());
    }

    public MeetingView meetingView(Meeting m, Panel p, Map<UUID, StaffName> names, Map<UUID, String> agencies) {
        Map<UUID, Attendance> byAgency = m.attendance().stream().collect(Collectors.toMap(Attendance::agencyId, Function.identity()));
        List<MeetingView.Attendance> attendance = new ArrayList<>();
        p.members().stream().sorted(java.util.Comparator.comparing(pm -> agencies.getOrDefault(pm.agencyId(), "")))
                .forEach(pm -> {
                    Attendance a = byAgency.get(pm.agencyId());
                    attendance.add(new MeetingView.Attendance(pm.agencyId(), agencies.get(pm.agencyId()),
                            nameOf(names, pm.memberStaffId()), nameOf(names, pm.deputyStaffId()),
                            a == null ? null : a.status(), a == null ? null : a.attendeeName()));
                });
        StaffName chair = names.get(p.chairStaffId());
        Quorum.Check quorum = m.quorum(p.quorumRule());
        return new MeetingView(m.id(), p.id(), p.name(), p.venue(), chair == null ? "" : chair.name(), m.date(),
                m.startTime(), m.status(), CutOff.of(m.date(), p.cutOffDays()), m.chairPresent(), attendance,
                m.confidentialityAcknowledged(), m.quorumOverrideReason(), quorum.met(),
                p.quorumAgencies(), m.agenciesRepresented(), m.version(), nameOf(names, p.deputyChairStaffId()),
                nameOf(names, m.chairedByStaffId()), m.chairedByDeputy(), m.cancelledReason(), m.movedFrom(), m.movedReason(),
                p.quorumNamedAgencies().stream().map(a -> agencies.getOrDefault(a, "")).sorted().toList(),
                quorum.met() ? null : quorum.shortfall(agencies));
    }

    /** Staff ids a meeting page needs names for. */
    static Set<UUID> staffIds(Panel p, Collection<PanelAction> actions) {
        Set<UUID> ids = new HashSet<>();
        ids.add(p.chairStaffId());
        ids.add(p.deputyChairStaffId());
        p.members().forEach(m -> {
            ids.add(m.memberStaffId());
            ids.add(m.deputyStaffId());
        });
        actions.forEach(a -> ids.add(a.ownerStaffId()));
        ids.remove(null);
        return ids;
    }

    public AgendaItemView itemView(AgendaItem i, int number, LocalTime slot, List<ActionView> actions) {
        return itemView(i, number, slot, actions, ItemExtras.NONE);
    }

    /**
     * What an item shows besides its own record: the declarations of interest on it, the name of the lead
     * professional the panel allocated, the outcome of what it is about (the grant's own record) and, when
     * those who withdrew leave the meeting short of a quorum for it, what is short; for the chair, the needs whose
     * outcomes a closure would record.
     */
    public record ItemExtras(List<AgendaItemView.Interest> interests, String leadProfessional, String outcome,
            String quorumShortfall, List<AgendaItemView.ClosingNeed> closingNeeds) {
        public static final ItemExtras NONE = new ItemExtras(List.of(), null, null, null, List.of());
    }

    public AgendaItemView itemView(AgendaItem i, int number, LocalTime slot, List<ActionView> actions, ItemExtras extras) {
        List<AgendaItemView.Need> needs = i.needs().isBlank() ? List.of() : Arrays.stream(i.needs().split("\n"))
                .map(line -> {
                    int bar = line.lastIndexOf('|');
                    return bar < 0 ? new AgendaItemView.Need(line, "") : new AgendaItemView.Need(line.substring(0, bar), line.substring(bar + 1));
                }).toList();
        return new AgendaItemView(i.id(), i.meetingId(), number, slot, i.kind(), i.caseId(), i.caseReference(),
                i.familyName(), i.childrenAges(), needs, i.caseReason(), i.note(), linkTo(i.subject()), i.urgent(),
                i.urgentReason(), i.urgentRequestReason(), i.submittedBy(), i.carriedFromItemId() != null,
                i.declarations(), i.decision(), i.rationale(), actions, i.version(), extras.interests(),
                extras.leadProfessional(), extras.outcome(), extras.quorumShortfall(), extras.closingNeeds());
    }

    /** The page for an item's subject, from the route its owning feature offers; null if it has none. */
    String linkTo(AgendaSubject subject) {
        if (subject == null) {
            return null;
        }
        return subjectRoutes.stream().filter(r -> r.kind().equals(subject.kind())).findFirst()
                .map(r -> r.href(subject.id())).orElse(null);
    }

    public ActionView action(PanelAction a, Map<UUID, StaffName> names, Map<UUID, String> agencies, Meeting meeting,
            String panelName, AgendaItem item, LocalDate today) {
        StaffName owner = names.get(a.ownerStaffId());
        return new ActionView(a.id(), a.itemId(), a.meetingId(), meeting == null ? null : meeting.date(), panelName,
                item == null ? "" : item.caseReference(), item == null ? "" : item.familyName(), a.description(),
                a.ownerStaffId(), owner == null ? "" : owner.name(), agencies.getOrDefault(a.agencyId(), ""), a.dueOn(),
                a.doneOn(), a.overdueOn(today), a.version());
    }

    private static String nameOf(Map<UUID, StaffName> names, UUID id) {
        StaffName n = id == null ? null : names.get(id);
        return n == null ? null : n.name();
    }

    static boolean represented(AttendanceStatus s) {
        return s != null && s.represented();
    }
}
