package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.CaseNote;
import org.placeworks.caf.internal.CaseNoteAddendum;
import org.placeworks.caf.internal.CaseNoteRepository;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Contacts and case notes. Whoever may change the case, and its current Team Around the Family
 * members, record their contacts; everyone who sees the case in full reads them. Only the author
 * corrects a note, within 24 hours of writing it; after that it is added to by an addendum, dated
 * and signed, and the note as written is kept. Each note, correction and addendum is on the case's
 * timeline and in the audit trail, in the change's transaction.
 */
@ApplicationScoped
public class CaseNotes {

    /** The record kind of a note in the audit trail. */
    public static final String KIND = "caf-case-note";

    @Inject
    CaseGate gate;

    @Inject
    CaseNoteRepository notes;

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

    /** A case's notes, latest contact first, for someone who sees the case in full; the reading is audited. */
    @Transactional
    public List<NoteView> list(UUID caseId) {
        CafCase c = gate.readable(caseId).kase();
        List<CaseNote> ofCase = notes.ofCase(caseId);
        List<NoteView> found = ofCase.isEmpty() ? List.of() : views(c, ofCase, people(c));
        audit.record(AuditAction.VIEW, CaseGate.KIND, c.id(), "Read " + found.size() + " notes of case " + c.reference());
        return found;
    }

    /**
     * The notes for the case page, which has already checked the reader and audited the view (of the
     * case and its family, whose members the notes name): nothing more is audited.
     */
    @Transactional
    public List<NoteView> forCasePage(CaseView kase) {
        Map<UUID, String> names = kase.family().namesById();
        return views(gate.readable(kase.id()).kase(), notes.ofCase(kase.id()), names);
    }

    @Inject
    org.placeworks.caf.internal.CafCaseRepository cases;

    @Inject
    org.placeworks.organisation.AccessPolicy access;

    /**
     * Subject access: a case's notes (from {@code CafCases.forSubjectAccess}), for the data protection officer only;
     * audited as an export.
     */
    @Transactional
    public List<NoteView> forSubjectAccess(CaseView kase) {
        access.requireSubjectAccessOfficer();
        CafCase c = cases.findByIdOptional(kase.id()).orElseThrow(() -> new NotFound(CaseGate.KIND, kase.id()));
        List<NoteView> found = views(c, notes.ofCase(c.id()), kase.family().namesById());
        audit.record(AuditAction.EXPORT, CaseGate.KIND, c.id(), "Compiled " + found.size() + " notes of case " + c.reference()
                + " for a subject access request");
        return found;
    }

    /** One note, for someone who sees the case in full; audited. */
    @Transactional
    public NoteView note(UUID caseId, UUID noteId) {
        CafCase c = gate.readable(caseId).kase();
        CaseNote note = notes.ofCase(caseId, noteId).orElseThrow(() -> new NotFound("note", noteId));
        audit.record(AuditAction.VIEW, KIND, note.id(), "Viewed a note of case " + c.reference());
        return views(c, List.of(note), people(c)).get(0);
    }

    /** Whether the reader may add notes to the case (403 or 404 otherwise): for a form before it opens. */
    @Transactional
    public void checkMayRecord(UUID caseId) {
        recordable(caseId);
    }

    /** The note, for its author to correct within 24 hours: 404 or 403 for anyone else; 409 once the 24 hours are over. */
    @Transactional
    public NoteView noteToEdit(UUID caseId, UUID noteId) {
        CafCase c = recordable(caseId);
        CaseNote note = notes.ofCase(caseId, noteId).orElseThrow(() -> new NotFound("note", noteId));
        note.checkEditable(me(), today.instant());
        return views(c, List.of(note), people(c)).get(0);
    }

    /** Whether the reader may correct the note (its author; 404 or 403 otherwise), reading nothing else: for a post. */
    @Transactional
    public void checkMayEdit(UUID caseId, UUID noteId) {
        recordable(caseId);
        notes.ofCase(caseId, noteId).orElseThrow(() -> new NotFound("note", noteId)).checkAuthor(me());
    }

    @Transactional
    public NoteView add(UUID caseId, NoteCommand command) {
        CafCase c = recordable(caseId);
        Map<UUID, String> people = people(c);
        CaseNote.Content content = content(c, command, people);
        UUID me = me();
        CaseNote note = new CaseNote(caseId, content, me, nameOf(me), today.instant());
        notes.persist(note);
        journal.created(c, content.type().label() + " note recorded by " + note.authorName());
        audit.record(AuditAction.CREATE, KIND, note.id(), "Note on case " + c.reference() + " by " + note.authorName());
        return views(c, List.of(note), people).get(0);
    }

    /** The author corrects the note within 24 hours of writing it; a form opened before another change is stale (409). */
    @Transactional
    public NoteView edit(UUID caseId, UUID noteId, NoteCommand command) {
        CafCase c = recordable(caseId);
        CaseNote note = notes.ofCase(caseId, noteId).orElseThrow(() -> new NotFound("note", noteId));
        UUID me = me();
        note.checkAuthor(me);
        Map<UUID, String> people = people(c);
        CaseNote.Content content = content(c, command, people);
        StaleEdit.check("note", command.version(), note.version());
        note.edit(content, me, today.instant());
        journal.changed(c, "Note of " + date(note.happenedAt()) + " corrected by " + note.authorName());
        audit.record(AuditAction.UPDATE, KIND, note.id(), "Note on case " + c.reference() + " corrected");
        notes.flush();
        return views(c, List.of(note), people).get(0);
    }

    /** Adds to a note, dated and signed by whoever writes it; the note as written is kept. */
    @Transactional
    public NoteView addendum(UUID caseId, UUID noteId, String text, Long version) {
        CafCase c = recordable(caseId);
        CaseNote note = notes.ofCase(caseId, noteId).orElseThrow(() -> new NotFound("note", noteId));
        Map<String, String> problems = new LinkedHashMap<>();
        String checked = requiredText("text", "Addendum", text, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        StaleEdit.check("note", version, note.version());
        UUID me = me();
        String name = nameOf(me);
        note.addAddendum(checked, me, name, today.instant());
        journal.changed(c, "Addendum to the note of " + date(note.happenedAt()) + " by " + name);
        audit.record(AuditAction.UPDATE, KIND, note.id(), "Addendum to a note on case " + c.reference() + " by " + name);
        notes.flush();
        return views(c, List.of(note), people(c)).get(0);
    }

    /** Whoever may change the case, and its current Team members: 404 for a case the reader may not know, 403 otherwise. */
    private CafCase recordable(UUID caseId) {
        return gate.recordable(caseId, "record contacts on").kase();
    }

    /** The note as given, checked: each problem names its field; nothing is saved unless all is well. */
    private CaseNote.Content content(CafCase c, NoteCommand command, Map<UUID, String> people) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant at = null;
        if (command.happenedOn() == null) {
            problems.put("happenedOn", "Enter the date of the contact");
        } else if (command.happenedAt() == null) {
            problems.put("happenedAt", "Enter the time of the contact, like 14:30");
        } else {
            ZonedDateTime when = command.happenedOn().atTime(command.happenedAt()).atZone(Today.LONDON);
            if (when.toInstant().isAfter(today.instant())) {
                problems.put("happenedOn", "The date and time of the contact must be now or in the past");
            } else if (command.happenedOn().isBefore(c.referredOn())) {
                problems.put("happenedOn", "The contact cannot be before the request for support ("
                        + c.referredOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")) + ")");
            } else {
                at = when.toInstant();
            }
        }
        if (command.type() == null) {
            problems.put("type", "Select the type of contact");
        }
        Set<UUID> seen = command.seen() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(command.seen());
        if (seen.contains(null) || !people.keySet().containsAll(seen)) {
            problems.put("seen", "Select who was seen from the family's members");
        }
        if (command.childSeenAlone() == null) {
            problems.put("childSeenAlone", "Select whether the child was seen alone");
        }
        String text = requiredText("text", "Note", command.text(), problems);
        String followUp = optionalText("followUp", "Follow-up", command.followUp(), problems);
        LocalDate followUpOn = command.followUpOn();
        if (followUpOn != null && followUp == null) {
            problems.put("followUp", "Enter what the follow-up is");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CaseNote.Content(at, command.type(), seen, command.childSeenAlone(), text, followUp, followUpOn);
    }

    private static String requiredText(String field, String label, String value, Map<String, String> problems) {
        String text = optionalText(field, label, value, problems);
        if (text == null && !problems.containsKey(field)) {
            problems.put(field, "Enter the " + label.toLowerCase());
        }
        return text;
    }

    private static String optionalText(String field, String label, String value, Map<String, String> problems) {
        var problem = Text.problem(label, value, Text.LONG);
        if (problem.isPresent()) {
            problems.put(field, problem.get());
            return null;
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private UUID me() {
        return gate.myId().orElseThrow(() -> new Forbidden("Only members of staff can record notes."));
    }

    private String nameOf(UUID staffId) {
        StaffName name = staff.names(Set.of(staffId)).get(staffId);
        return name == null ? "a member of staff" : name.name();
    }

    private static String date(Instant at) {
        return at.atZone(Today.LONDON).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm"));
    }

    /** The family's members by id, with their names: read (and audited) once per request that needs them. */
    private Map<UUID, String> people(CafCase c) {
        FamilyView family = families.family(c.familyId());
        return family.namesById();
    }

    private List<NoteView> views(CafCase c, List<CaseNote> found, Map<UUID, String> names) {
        UUID me = gate.myId().orElse(null);
        Instant now = today.instant();
        Function<CaseNote, NoteView> view = n -> new NoteView(n.id(), n.caseId(),
                n.happenedAt().atZone(Today.LONDON).toLocalDateTime(), n.type(),
                n.seen().stream().map(p -> new NoteView.Seen(p, names.getOrDefault(p, "A former member of the family"))).toList(),
                n.childSeenAlone(), n.text(), n.followUp(), n.followUpOn(), n.authorStaffId(), n.authorName(), n.writtenAt(),
                n.editedAt(), n.addenda().stream().map(CaseNotes::addendumView).toList(), me != null && n.editableBy(me, now),
                n.version());
        return found.stream().map(view).toList();
    }


    private static NoteView.Addendum addendumView(CaseNoteAddendum a) {
        return new NoteView.Addendum(a.text(), a.authorName(), a.writtenAt());
    }
}
