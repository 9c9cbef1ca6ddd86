package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.PlanAction;
import org.placeworks.caf.internal.TafMeeting;
import org.placeworks.caf.internal.TafMeetingRepository;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyId;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Team Around the Family meetings. Whoever may change the case records one, as notes are
 * recorded: a meeting that has happened (today or before, and not before the family's consent),
 * who attended (staff, and members of the family chosen from it), what was agreed, and the plan
 * actions agreed at it, which join the plan in the same transaction. Nothing is saved unless all of
 * it is good. The meeting is on the case's timeline and in the audit trail; reading the list is audited.
 */
@ApplicationScoped
public class TafMeetings {

    /** The record kind of a meeting in the audit trail. */
    public static final String KIND = "caf-taf-meeting";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    CaseGate gate;

    @Inject
    CaseWork work;

    @Inject
    TafMeetingRepository meetings;

    @Inject
    CaseJournal journal;

    @Inject
    AuditTrail audit;

    @Inject
    Families families;

    @Inject
    StaffDirectory staff;

    @Inject
    Today today;

    /** Whether the reader may record a meeting on the case (404 or 403 otherwise): settled before a form opens or a body is read. */
    @Transactional
    public void checkMayRecord(UUID caseId) {
        gate.changeable(caseId);
    }

    @Transactional
    public TafMeetingView record(UUID caseId, TafMeetingCommand command) {
        CafCase c = gate.changeable(caseId).kase();
        StaleEdit.check("case", command.version(), c.version());
        if (!c.consentInForce().inForce()) {
            throw new Conflict("The family has not given consent, or has withdrawn it: there is no Team Around the Family to meet.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate heldOn = command.heldOn();
        if (heldOn == null) {
            problems.put("heldOn", "Enter the date of the meeting");
        } else {
            // A record of a meeting that happened, as a note is of a contact: never in the future.
            DateRange.past(today.date()).notBefore(c.consentGivenOn(), "the date the family gave consent")
                    .problem("The date of the meeting", heldOn).ifPresent(p -> problems.put("heldOn", p));
        }
        Set<UUID> staffIds = command.staff() == null ? Set.of() : new LinkedHashSet<>(command.staff());
        Map<UUID, StaffName> attending = staffIds.contains(null) ? Map.of() : staff.names(staffIds);
        if (staffIds.isEmpty()) {
            problems.put("staff", "Select the staff who attended");
        } else if (staffIds.contains(null) || !attending.keySet().containsAll(staffIds)) {
            problems.put("staff", "Select the staff who attended from the list");
        }
        Map<UUID, String> people = people(c);
        Set<UUID> familyMembers = command.familyMembers() == null ? Set.of() : new LinkedHashSet<>(command.familyMembers());
        if (familyMembers.contains(null) || !people.keySet().containsAll(familyMembers)) {
            problems.put("familyMembers", "Select who attended from the family's members");
        }
        String agreed = command.agreed() == null || command.agreed().isBlank() ? null : command.agreed().strip();
        Text.problem("What was agreed", agreed, Text.LONG).ifPresent(p -> problems.put("agreed", p));
        if (agreed == null && !problems.containsKey("agreed")) {
            problems.put("agreed", "Enter what was agreed");
        }
        List<TafMeetingCommand.AgreedAction> rows = command.actions() == null ? List.of()
                : command.actions().stream().filter(java.util.Objects::nonNull).toList();
        if (!rows.isEmpty() && c.status() != CaseStatus.ACTIVE_PLAN) {
            problems.put("actions", "Actions join the plan, which starts when the assessment is complete: record the meeting "
                    + "without them, or complete the assessment first");
        }
        List<StaffName> owners = new ArrayList<>();
        if (!problems.containsKey("actions")) {
            for (int i = 0; i < rows.size(); i++) {
                TafMeetingCommand.AgreedAction row = rows.get(i);
                owners.add(work.checkAction(c, action(row, command.version()), "actions[" + i + "].", problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID me = gate.myId().orElseThrow(() -> new Forbidden("Only members of staff can record meetings."));
        String myName = staff.names(Set.of(me)).values().stream().map(StaffName::name).findFirst().orElse("a member of staff");
        TafMeeting meeting = new TafMeeting(caseId, heldOn, staffIds, familyMembers, agreed, me, myName, today.instant());
        meetings.persist(meeting);
        journal.created(c, "Team Around the Family meeting on " + SHOWN.format(heldOn) + " recorded by " + myName + ": "
                + (staffIds.size() + familyMembers.size()) + " attended, " + rows.size()
                + (rows.size() == 1 ? " action" : " actions") + " agreed");
        for (int i = 0; i < rows.size(); i++) {
            PlanAction added = work.addAction(c, action(rows.get(i), command.version()), owners.get(i), "actions[" + i + "].ownerStaffId");
            meeting.agreedAction(added.id());
        }
        audit.record(AuditAction.CREATE, KIND, meeting.id(), "TAF meeting on case " + c.reference() + " recorded by " + myName);
        return views(c, List.of(meeting), people).get(0);
    }

    /** The case's meetings, latest first, for someone who sees the case in full; the reading is audited. */
    @Transactional
    public List<TafMeetingView> list(UUID caseId) {
        CafCase c = gate.readable(caseId).kase();
        List<TafMeeting> found = meetings.ofCase(caseId);
        List<TafMeetingView> views = found.isEmpty() ? List.of() : views(c, found, people(c));
        audit.record(AuditAction.VIEW, CaseGate.KIND, c.id(), "Read " + views.size() + " TAF meetings of case " + c.reference());
        return views;
    }

    /** The meetings for the case page, which has already checked the reader and audited the view: nothing more is audited. */
    @Transactional
    public List<TafMeetingView> forCasePage(CaseView kase) {
        Map<UUID, String> names = kase.family().namesById();
        return views(gate.readable(kase.id()).kase(), meetings.ofCase(kase.id()), names);
    }

    private static ActionCommand action(TafMeetingCommand.AgreedAction row, Long version) {
        return new ActionCommand(row.needId(), row.description(), row.ownerStaffId(), row.dueOn(), version);
    }

    /** The family's members by id, with their names (the family read is audited). */
    private Map<UUID, String> people(CafCase c) {
        return families.family(new FamilyId(c.familyId())).namesById();
    }

    private List<TafMeetingView> views(CafCase c, List<TafMeeting> found, Map<UUID, String> people) {
        Set<UUID> staffIds = new HashSet<>();
        found.forEach(m -> staffIds.addAll(m.staff()));
        c.actions().forEach(a -> staffIds.add(a.ownerStaffId()));
        Map<UUID, StaffName> names = staff.names(staffIds);
        Map<UUID, PlanAction> actions = c.actions().stream().collect(Collectors.toMap(PlanAction::id, a -> a));
        return found.stream().map(m -> new TafMeetingView(m.id(), m.caseId(), m.heldOn(),
                m.staff().stream().map(id -> ref(names, id)).toList(),
                m.familyMembers().stream().map(p -> new TafMeetingView.Attendee(p, people.getOrDefault(p, "A former member of the family")))
                        .toList(),
                m.agreed(),
                m.actions().stream().map(actions::get).filter(java.util.Objects::nonNull)
                        .map(a -> new TafMeetingView.Agreed(a.id(), a.description(), ref(names, a.ownerStaffId()).name(), a.dueOn(),
                                a.status())).toList(),
                m.recordedByName(), m.recordedAt())).toList();
    }

    private static CaseView.StaffRef ref(Map<UUID, StaffName> names, UUID id) {
        StaffName name = names.get(id);
        return name == null ? new CaseView.StaffRef(id, "(unknown)", null) : new CaseView.StaffRef(id, name.name(), name.agencyName());
    }
}
