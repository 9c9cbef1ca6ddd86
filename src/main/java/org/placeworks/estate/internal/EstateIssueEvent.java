package org.placeworks.estate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.estate.IssueStatus;

/** One line of an issue's history: reported, routed, a status change, or a note (for staff, and/or for the public). */
@Entity
@Table(name = "estate_issue_event")
public class EstateIssueEvent {

    public enum Kind {
        REPORTED, ROUTED, STATUS, NOTE
    }

    @Id
    UUID id;

    @Column(name = "issue_id")
    UUID issueId;

    Instant at;

    @Column(name = "by_user")
    String by;

    @Enumerated(EnumType.STRING)
    Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    IssueStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    IssueStatus toStatus;

    String reason;

    String note;

    @Column(name = "public_note")
    String publicNote;

    protected EstateIssueEvent() {
    }

    public EstateIssueEvent(UUID issueId, Instant at, String by, Kind kind, IssueStatus fromStatus, IssueStatus toStatus,
            String reason, String note, String publicNote) {
        this.id = UUID.randomUUID();
        this.issueId = issueId;
        this.at = at;
        this.by = by;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.note = note;
        this.publicNote = publicNote;
    }

    public UUID id() {
        return id;
    }

    public UUID issueId() {
        return issueId;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public Kind kind() {
        return kind;
    }

    public IssueStatus fromStatus() {
        return fromStatus;
    }

    public IssueStatus toStatus() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public String publicNote() {
        return publicNote;
    }
}
