package org.placeworks.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.panel.AgendaSubject;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.ItemKind;
import org.placeworks.shared.InvalidInput;

/**
 * A case listed for a meeting. It keeps a snapshot of the case summary as it stood when listed,
 * so that members from agencies outside the case's boundary read the item, never the case.
 */
@Entity
@Table(name = "panel_item")
public class AgendaItem {

    @Id
    UUID id;

    @Column(name = "meeting_id")
    UUID meetingId;

    @Column(name = "case_id")
    UUID caseId;

    @Enumerated(EnumType.STRING)
    ItemKind kind;

    String note;

    /** What the item is about besides the case, e.g. a grant request; its link is built when shown. */
    @Column(name = "subject_kind")
    String subjectKind;

    @Column(name = "subject_id")
    UUID subjectId;

    int position;

    boolean urgent;

    @Column(name = "urgent_reason")
    String urgentReason;

    @Column(name = "urgent_accepted_by")
    String urgentAcceptedBy;

    @Column(name = "urgent_requested_for")
    UUID urgentRequestedFor;

    @Column(name = "urgent_request_reason")
    String urgentRequestReason;

    @Column(name = "submitted_by")
    String submittedBy;

    @Column(name = "submitter_agency_id")
    UUID submitterAgencyId;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "carried_from_item_id")
    UUID carriedFromItemId;

    @Column(name = "case_reference")
    String caseReference;

    @Column(name = "family_name")
    String familyName;

    @Column(name = "children_ages")
    String childrenAges;

    /** One need a line: "description|headline outcome". */
    String needs;

    @Column(name = "case_reason")
    String caseReason;

    String declarations;

    @Enumerated(EnumType.STRING)
    DecisionCode decision;

    String rationale;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "lead_professional_staff_id")
    UUID leadProfessionalStaffId;

    @Version
    long version;

    protected AgendaItem() {
    }

    public AgendaItem(UUID meetingId, int position, UUID caseId, ItemKind kind, String note, AgendaSubject subject,
            String submittedBy, UUID submitterAgencyId, Instant submittedAt, Snapshot snapshot) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.position = position;
        this.caseId = caseId;
        this.kind = kind;
        this.note = note;
        this.subjectKind = subject == null ? null : subject.kind();
        this.subjectId = subject == null ? null : subject.id();
        this.submittedBy = submittedBy;
        this.submitterAgencyId = submitterAgencyId;
        this.submittedAt = submittedAt;
        this.caseReference = snapshot.caseReference();
        this.familyName = snapshot.familyName();
        this.childrenAges = snapshot.childrenAges();
        this.needs = snapshot.needs();
        this.caseReason = snapshot.caseReason();
    }

    /** The case summary as it stood when the item was listed. */
    public record Snapshot(String caseReference, String familyName, String childrenAges, String needs, String caseReason) {
    }

    /** The same case on the next meeting's agenda: deferred or not reached. */
    public AgendaItem carryTo(UUID nextMeetingId, int position, Instant at) {
        AgendaItem next = new AgendaItem(nextMeetingId, position, caseId, kind, note, subject(), submittedBy,
                submitterAgencyId, at, snapshot());
        next.carriedFromItemId = id;
        return next;
    }

    /** Asks the chair to take it at an earlier meeting whose cut-off has passed. */
    public void requestUrgent(UUID meetingId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("urgentReason", "Enter why the case cannot wait for the next meeting");
        }
        urgentRequestedFor = meetingId;
        urgentRequestReason = reason.strip();
    }

    /** The chair accepts it as urgent: it moves to the meeting it was asked for, to the end of the agenda. */
    public void acceptUrgent(UUID meetingId, int position, String reason, String chair) {
        if (!meetingId.equals(urgentRequestedFor)) {
            throw new InvalidInput("urgentReason", "This item was not asked for this meeting");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("urgentReason", "Enter why the panel accepts it after the cut-off");
        }
        this.meetingId = meetingId;
        this.position = position;
        this.urgent = true;
        this.urgentReason = reason.strip();
        this.urgentAcceptedBy = chair;
        this.urgentRequestedFor = null;
    }

    /** The meeting it asked to be heard at urgently was cancelled: it stays where it is listed. */
    public void urgentRequestLapsed() {
        urgentRequestedFor = null;
    }

    /** Its meeting was cancelled: the item goes, as it is, to the end of another meeting's agenda. */
    public void moveToMeeting(UUID otherMeetingId, int position) {
        this.meetingId = otherMeetingId;
        this.position = position;
    }

    public void declare(String declarations) {
        this.declarations = declarations == null || declarations.isBlank() ? null : declarations.strip();
    }

    public void decide(DecisionCode code, String rationale, String by, Instant at) {
        decide(code, rationale, null, by, at);
    }

    /**
     * Records the decision. Allocating a lead professional names them; a decision on a grant needs an item about a
     * grant request.
     */
    public void decide(DecisionCode code, String rationale, UUID leadProfessional, String by, Instant at) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (code == null) {
            problems.put("decision", "Select the panel's decision");
        } else if (code == DecisionCode.ALLOCATE_LEAD_PROFESSIONAL && leadProfessional == null) {
            problems.put("leadProfessionalId", "Select the lead professional the panel allocates");
        } else if (code.onGrant() && (subjectKind == null || kind != org.placeworks.panel.ItemKind.GRANT_REQUEST)) {
            problems.put("decision", "This item is not about a grant request: bring the request to panel first");
        }
        if (rationale == null || rationale.isBlank()) {
            problems.put("rationale", "Enter the reasons for the decision");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.decision = code;
        this.leadProfessionalStaffId = code == DecisionCode.ALLOCATE_LEAD_PROFESSIONAL ? leadProfessional : null;
        this.rationale = rationale.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    /** Deferred, or not reached before the meeting closed: it goes to the next meeting. */
    public boolean carriesForward() {
        return decision == null || decision == DecisionCode.DEFER;
    }

    public Snapshot snapshot() {
        return new Snapshot(caseReference, familyName, childrenAges, needs, caseReason);
    }

    public UUID id() { return id; }
    public UUID meetingId() { return meetingId; }
    public UUID caseId() { return caseId; }
    public ItemKind kind() { return kind; }
    public String note() { return note; }
    public AgendaSubject subject() { return subjectKind == null ? null : new AgendaSubject(subjectKind, subjectId); }
    public int position() { return position; }
    public boolean urgent() { return urgent; }
    public String urgentReason() { return urgentReason; }
    public String urgentRequestReason() { return urgentRequestReason; }
    public UUID urgentRequestedFor() { return urgentRequestedFor; }
    public String submittedBy() { return submittedBy; }
    public UUID submitterAgencyId() { return submitterAgencyId; }
    public UUID carriedFromItemId() { return carriedFromItemId; }
    public String caseReference() { return caseReference; }
    public String familyName() { return familyName; }
    public String childrenAges() { return childrenAges; }
    public String needs() { return needs; }
    public String caseReason() { return caseReason; }
    public String declarations() { return declarations; }
    public DecisionCode decision() { return decision; }
    public String rationale() { return rationale; }
    public UUID leadProfessionalStaffId() { return leadProfessionalStaffId; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Instant submittedAt() { return submittedAt; }
    public long version() { return version; }
}
