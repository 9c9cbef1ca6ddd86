package org.placeworks.subjectaccess.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.shared.Conflict;
import org.placeworks.subjectaccess.DueDates;
import org.placeworks.subjectaccess.ReceivedHow;
import org.placeworks.subjectaccess.RequestStatus;
import org.placeworks.subjectaccess.RequesterKind;

/**
 * A subject access request from receipt to release: compiled (again, as often as needed, until released), reviewed
 * item by item, released once; its due date set from the day it was received and extended at most once, with a
 * reason. Nothing changes after release.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {

    @Id
    UUID id;

    @Column(name = "person_id")
    UUID personId;

    @Column(name = "family_id")
    UUID familyId;

    @Column(name = "subject_name")
    String subjectName;

    @Column(name = "subject_date_of_birth")
    LocalDate subjectDateOfBirth;

    @Column(name = "requester_name")
    String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_kind")
    RequesterKind requesterKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_how")
    ReceivedHow receivedHow;

    @Column(name = "received_on")
    LocalDate receivedOn;

    @Column(name = "identity_verified")
    boolean identityVerified;

    @Column(name = "identity_how")
    String identityHow;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "extended_to")
    LocalDate extendedTo;

    @Column(name = "extension_reason")
    String extensionReason;

    @Enumerated(EnumType.STRING)
    RequestStatus status;

    @Column(name = "compiled_at")
    Instant compiledAt;

    @Column(name = "compiled_export")
    String compiledExport;

    @Column(name = "released_at")
    Instant releasedAt;

    @Column(name = "released_by")
    String releasedBy;

    @Column(name = "logged_at")
    Instant loggedAt;

    @Column(name = "logged_by")
    String loggedBy;

    @Version
    long version;

    protected SubjectAccessRequest() {
    }

    public SubjectAccessRequest(UUID personId, UUID familyId, String subjectName, LocalDate subjectDateOfBirth, String requesterName,
            RequesterKind requesterKind, ReceivedHow receivedHow, LocalDate receivedOn, boolean identityVerified, String identityHow,
            Instant loggedAt, String loggedBy) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.familyId = familyId;
        this.subjectName = subjectName;
        this.subjectDateOfBirth = subjectDateOfBirth;
        this.requesterName = requesterName;
        this.requesterKind = requesterKind;
        this.receivedHow = receivedHow;
        this.receivedOn = receivedOn;
        this.identityVerified = identityVerified;
        this.identityHow = identityHow;
        this.dueOn = DueDates.dueOn(receivedOn);
        this.status = RequestStatus.RECEIVED;
        this.loggedAt = loggedAt;
        this.loggedBy = loggedBy;
    }

    /** The date the answer is due now: the extended date once extended. */
    public LocalDate answerBy() {
        return extendedTo != null ? extendedTo : dueOn;
    }

    public boolean overdueOn(LocalDate today) {
        return status != RequestStatus.RELEASED && today.isAfter(answerBy());
    }

    public void identityVerified(String how) {
        open("record identity");
        this.identityVerified = true;
        this.identityHow = how;
    }

    public void extend(String reason) {
        open("extend");
        if (extendedTo != null) {
            throw new Conflict("This request has already been extended to " + extendedTo + ": it can be extended once, by two months.");
        }
        this.extendedTo = DueDates.extendedTo(receivedOn);
        this.extensionReason = reason;
    }

    public void compiled(String export, Instant at) {
        open("compile");
        this.compiledExport = export;
        this.compiledAt = at;
        this.status = RequestStatus.COMPILED;
    }

    /** Review decisions are taken on a compiled export, before it is released. */
    public void requireUnderReview() {
        open("review");
        if (status != RequestStatus.COMPILED) {
            throw new Conflict("Compile the export before you review it.");
        }
    }

    public void release(Instant at, String by) {
        requireUnderReview();
        if (!identityVerified) {
            throw new Conflict("Verify the requester's identity before you release the export.");
        }
        this.status = RequestStatus.RELEASED;
        this.releasedAt = at;
        this.releasedBy = by;
    }

    private void open(String doWhat) {
        if (status == RequestStatus.RELEASED) {
            throw new Conflict("This request's export was released on " + releasedAt + ": it cannot " + doWhat + " any more.");
        }
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public UUID familyId() { return familyId; }
    public String subjectName() { return subjectName; }
    public LocalDate subjectDateOfBirth() { return subjectDateOfBirth; }
    public String requesterName() { return requesterName; }
    public RequesterKind requesterKind() { return requesterKind; }
    public ReceivedHow receivedHow() { return receivedHow; }
    public LocalDate receivedOn() { return receivedOn; }
    public boolean identityVerified() { return identityVerified; }
    public String identityHow() { return identityHow; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate extendedTo() { return extendedTo; }
    public String extensionReason() { return extensionReason; }
    public RequestStatus status() { return status; }
    public Instant compiledAt() { return compiledAt; }
    public String compiledExport() { return compiledExport; }
    public Instant releasedAt() { return releasedAt; }
    public String releasedBy() { return releasedBy; }
    public Instant loggedAt() { return loggedAt; }
    public String loggedBy() { return loggedBy; }
    public long version() { return version; }
}
