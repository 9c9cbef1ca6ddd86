package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.intelligence.Grading;

/** A report's grading and its sanitised summary: the one text about the report that may leave the intelligence team. */
@Entity
@Table(name = "intel_triage")
public class Triage {

    @Id
    UUID id;

    @Column(name = "report_id")
    UUID reportId;

    @Embedded
    GradingColumns grading;

    @Column(name = "sanitised_summary")
    String summary;

    @Column(name = "triaged_by")
    String triagedBy;

    @Column(name = "triaged_at")
    Instant triagedAt;

    @Version
    long version;

    protected Triage() {
    }

    public Triage(UUID reportId) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
    }

    /** Grades the report again and replaces its summary; the summary has already been checked for the reporter's identity. */
    public void grade(Grading grading, String sanitisedSummary, String by, Instant at) {
        this.grading = new GradingColumns(grading);
        this.summary = sanitisedSummary;
        this.triagedBy = by;
        this.triagedAt = at;
    }

    public UUID reportId() {
        return reportId;
    }

    public Grading grading() {
        return grading.grading();
    }

    public String summary() {
        return summary;
    }

    public String triagedBy() {
        return triagedBy;
    }

    public Instant triagedAt() {
        return triagedAt;
    }

    public long version() {
        return version;
    }
}
