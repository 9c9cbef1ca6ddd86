package org.placeworks.subjectaccess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.PersonId;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonView;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;
import org.placeworks.subjectaccess.internal.ExportCompiler;
import org.placeworks.subjectaccess.internal.ItemReview;
import org.placeworks.subjectaccess.internal.RequestEvent;
import org.placeworks.subjectaccess.internal.SubjectAccessRequest;
import org.placeworks.subjectaccess.internal.SubjectAccessStore;

/**
 * The data protection officer's subject access work: log a request, compile the export, review it item by item,
 * release it, hand it over. Every step asks the access policy (the officer only), is kept in the request's history
 * and is audited; the final copy exists only once released.
 */
@ApplicationScoped
public class SubjectAccessRequests {

    public static final String KIND = "subject-access";

    @Inject
    SubjectAccessStore store;

    @Inject
    ExportCompiler compiler;

    @Inject
    Families families;

    @Inject
    AccessPolicy access;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    ObjectMapper json;

    /** People a request could be about, among all families: the search is audited. */
    @Transactional
    public List<PersonMatch> people(String name, LocalDate dateOfBirth, String nhsNumber) {
        return families.subjectMatches(name, dateOfBirth, nhsNumber);
    }

    @Transactional
    public List<RequestLine> list() {
        access.requireSubjectAccessOfficer();
        LocalDate day = today.date();
        List<RequestLine> lines = store.openFirst().stream().map(r -> new RequestLine(r.id(), r.subjectName(), r.requesterName(),
                r.receivedOn(), r.answerBy(), r.extendedTo() != null, r.status(), r.overdueOn(day))).toList();
        audit.record(AuditAction.VIEW, KIND, "list", "Listed " + lines.size() + " subject access requests");
        return lines;
    }

    /** Logs a request; its due date is set from the day it was received. */
    @Transactional
    public UUID log(NewRequest command) {
        access.requireSubjectAccessOfficer();
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.personId() == null) {
            problems.put("personId", "Choose the person the request is about");
        }
        String requester = command.requesterName() == null ? null : command.requesterName().strip();
        if (requester == null || requester.isEmpty()) {
            problems.put("requesterName", "Enter the name of the person who made the request");
        } else if (requester.length() > Text.SHORT) {
            problems.put("requesterName", "The requester's name must be " + Text.SHORT + " characters or fewer");
        }
        if (command.requesterKind() == null) {
            problems.put("requesterKind", "Choose who made the request");
        }
        if (command.receivedHow() == null) {
            problems.put("receivedHow", "Choose how the request was received");
        }
        if (command.receivedOn() == null) {
            problems.put("receivedOn", "Enter the date the request was received");
        } else if (command.receivedOn().isAfter(today.date())) {
            problems.put("receivedOn", "The date the request was received must be today or in the past");
        }
        if (command.identityVerified() == null) {
            problems.put("identityVerified", "Say whether the requester's identity has been verified");
        } else if (command.identityVerified() && (command.identityHow() == null || command.identityHow().isBlank())) {
            problems.put("identityHow", "Say how the requester's identity was verified");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        FamilyView family = families.subjectFamily(new PersonId(command.personId()));
        PersonView subject = family.people().stream().filter(p -> p.id().equals(command.personId())).findFirst()
                .orElseThrow(() -> new InvalidInput("personId", "Choose the person the request is about"));
        SubjectAccessRequest request = new SubjectAccessRequest(subject.id(), family.id(), subject.fullName(), subject.dateOfBirth(),
                requester, command.requesterKind(), command.receivedHow(), command.receivedOn(), command.identityVerified(),
                command.identityVerified() ? command.identityHow().strip() : null, clock.instant(), current.username());
        store.persist(request);
        happened(request, "Logged the request from " + requester + " (" + command.requesterKind().label().toLowerCase(java.util.Locale.ROOT)
                + "), received " + command.receivedOn() + "; due " + request.dueOn());
        audit.record(AuditAction.CREATE, KIND, request.id(), "Logged a subject access request about person " + subject.id());
        return request.id();
    }

    @Transactional
    public RequestView find(UUID id) {
        SubjectAccessRequest r = request(id);
        audit.record(AuditAction.VIEW, KIND, id, "Viewed the subject access request about " + r.subjectName());
        return view(r);
    }

    /** The request's version, for a form (nothing else is read, nothing audited). */
    @Transactional
    public long version(UUID id) {
        return request(id).version();
    }

    /** Records that the requester's identity has now been verified, and how. */
    @Transactional
    public void verifyIdentity(UUID id, String how, Long version) {
        SubjectAccessRequest r = changing(id, version);
        if (how == null || how.isBlank()) {
            throw new InvalidInput("identityHow", "Say how the requester's identity was verified");
        }
        r.identityVerified(how.strip());
        happened(r, "Recorded the requester's identity as verified: " + r.identityHow());
        audit.record(AuditAction.UPDATE, KIND, id, "Identity verified");
    }

    /** Extends the due date by two further months (Art. 12(3)), once, with the reason. */
    @Transactional
    public void extend(UUID id, String reason, Long version) {
        SubjectAccessRequest r = changing(id, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Give the reason for the extension: the person must be told it within the first month");
        }
        r.extend(reason.strip());
        happened(r, "Extended the due date to " + r.extendedTo() + ": " + r.extensionReason());
        audit.record(AuditAction.UPDATE, KIND, id, "Due date extended to " + r.extendedTo());
    }

    /** Compiles (or compiles again) everything held about the person, redacted by default; the officer then reviews it. */
    @Transactional
    public void compile(UUID id) {
        SubjectAccessRequest r = request(id);
        if (r.status() == RequestStatus.RELEASED) {
            throw new Conflict("This request's export was released: it cannot be compiled again.");
        }
        ExportCompiler.Compiled compiled = compiler.compile(new PersonId(r.personId()), clock.instant());
        try {
            r.compiled(json.writeValueAsString(compiled.export()), clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The compiled export could not be written as JSON", e);
        }
        SubjectExport export = compiled.export();
        long redacted = export.sections().stream().flatMap(s -> s.items().stream()).filter(SubjectExport.Item::redacted).count();
        happened(r, "Compiled the export: " + export.itemCount() + " items, " + redacted + " with information about others redacted");
        audit.record(AuditAction.EXPORT, KIND, id, "Compiled the subject access export (" + export.itemCount() + " items)");
    }

    /** The officer's decision on one item: release it without redaction, or withhold it, each with its reason. */
    @Transactional
    public void review(UUID id, String itemKey, ItemDecision decision, String reason) {
        SubjectAccessRequest r = request(id);
        r.requireUnderReview();
        Map<String, String> problems = new LinkedHashMap<>();
        if (decision == null) {
            problems.put("decision", "Choose whether to release the item in full or withhold it");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", decision == ItemDecision.WITHHOLD ? "Name the exemption that applies and why"
                    : "Give the reason the redaction can be lifted");
        } else if (reason.length() > Text.LONG) {
            problems.put("reason", "The reason must be " + Text.LONG + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        SubjectExport.Item item = export(r).sections().stream().flatMap(s -> s.items().stream()).filter(i -> i.key().equals(itemKey))
                .findFirst().orElseThrow(() -> new InvalidInput("item", "Choose an item of this export"));
        store.decide(id, itemKey, decision, reason.strip(), current.username(), clock.instant());
        happened(r, decision.label() + ": \"" + item.heading() + "\": " + reason.strip());
        audit.record(AuditAction.UPDATE, KIND, id, "Reviewed an item (" + decision + ")");
    }

    /** Releases the reviewed export: from now on it is the final copy, and nothing about the request changes. */
    @Transactional
    public void release(UUID id, Long version) {
        SubjectAccessRequest r = changing(id, version);
        r.release(clock.instant(), current.username());
        happened(r, "Released the export to " + r.requesterName());
        audit.record(AuditAction.UPDATE, KIND, id, "Released the subject access export");
    }

    /**
     * The final copy, as the person receives it (the JSON answer and the PDF are both made from it): only once
     * released. Each download is audited and kept in the history.
     */
    @Transactional
    public SubjectExport.Disclosure finalCopy(UUID id, String format) {
        SubjectAccessRequest r = request(id);
        if (r.status() != RequestStatus.RELEASED) {
            throw new Conflict("The export can be downloaded once it has been reviewed and released.");
        }
        happened(r, "Downloaded the released export as " + format);
        audit.record(AuditAction.EXPORT, KIND, id, "Downloaded the released subject access export as " + format);
        return export(r).disclosed(reviews(r), r.releasedAt());
    }

    private RequestView view(SubjectAccessRequest r) {
        List<RequestView.HistoryLine> history = store.historyOf(r.id()).stream()
                .map(e -> new RequestView.HistoryLine(e.at(), e.actor(), e.what())).toList();
        return new RequestView(r.id(), r.personId(), r.subjectName(), r.subjectDateOfBirth(), r.requesterName(), r.requesterKind(),
                r.receivedHow(), r.receivedOn(), r.identityVerified(), r.identityHow(), r.dueOn(), r.extendedTo(), r.extensionReason(),
                r.answerBy(), r.overdueOn(today.date()), r.status(), r.compiledAt(), r.releasedAt(), r.releasedBy(), r.version(),
                r.compiledExport() == null ? null : export(r), reviews(r), history);
    }

    private Map<String, SubjectExport.Review> reviews(SubjectAccessRequest r) {
        Map<String, SubjectExport.Review> reviews = new LinkedHashMap<>();
        for (ItemReview review : store.reviewsOf(r.id())) {
            reviews.put(review.itemKey(), new SubjectExport.Review(review.decision(), review.reason()));
        }
        return reviews;
    }

    private SubjectExport export(SubjectAccessRequest r) {
        try {
            return json.readValue(r.compiledExport(), SubjectExport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The compiled export of request " + r.id() + " could not be read", e);
        }
    }

    private SubjectAccessRequest request(UUID id) {
        access.requireSubjectAccessOfficer();
        return store.findByIdOptional(id).orElseThrow(() -> new NotFound(KIND, id));
    }

    private SubjectAccessRequest changing(UUID id, Long version) {
        SubjectAccessRequest r = request(id);
        StaleEdit.check("subject access request", version, r.version());
        return r;
    }

    private void happened(SubjectAccessRequest r, String what) {
        store.happened(new RequestEvent(r.id(), clock.instant(), current.username(), what));
    }
}
