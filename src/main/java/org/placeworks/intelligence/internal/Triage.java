package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.intelligence.Grading;
import org.placeworks.intelligence.HandlingCode;
import org.placeworks.intelligence.InformationAssessment;
import org.placeworks.intelligence.SourceEvaluation;

/** A report's grading and its sanitised summary: the one text about the report that may leave the intelligence team. */
@Entity
@Table(name = "intel_triage")
public class Triage {

    @Id
    UUID id;

    @Column(name = "report_id")
    UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_evaluation")
    SourceEvaluation source;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_assessment")
    InformationAssessment information;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_code")
    HandlingCode handling;

    @Column(name = "handling_conditions")
    String conditions;

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
        this.source = grading.source();
        this.information = grading.information();
        this.handling = grading.handling();
        this.conditions = grading.conditions();
        this.summary = sanitisedSummary;
        this.triagedBy = by;
        this.triagedAt = at;
    }

    public UUID reportId() {
        return reportId;
    }

    public Grading grading() {
        return new Grading(source, information, handling, conditions);
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
