package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A report linked to an estate issue (estate's record, held by id): an existing one, or one raised from its sanitised summary. */
@Entity
@Table(name = "intel_estate_link")
public class EstateLink {

    @Id
    UUID id;

    @Column(name = "report_id")
    UUID reportId;

    @Column(name = "estate_issue_id")
    UUID estateIssueId;

    @Column(name = "issue_reference")
    String issueReference;

    boolean raised;

    @Column(name = "linked_by")
    String linkedBy;

    @Column(name = "linked_at")
    Instant linkedAt;

    protected EstateLink() {
    }

    public EstateLink(UUID reportId, UUID estateIssueId, String issueReference, boolean raised, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.estateIssueId = estateIssueId;
        this.issueReference = issueReference;
        this.raised = raised;
        this.linkedBy = by;
        this.linkedAt = at;
    }

    public UUID estateIssueId() {
        return estateIssueId;
    }

    public String issueReference() {
        return issueReference;
    }

    public boolean raised() {
        return raised;
    }

    public String linkedBy() {
        return linkedBy;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
