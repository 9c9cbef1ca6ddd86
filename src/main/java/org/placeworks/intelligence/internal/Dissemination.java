package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.intelligence.Grading;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Conflict;

/**
 * A sanitised report as it was passed on: to one of our services (for a strand it delivers where the
 * report happened), or to another council for a report outside our area. It holds a copy of what was
 * sent, so what the receiving service reads never comes from the report itself.
 */
@Entity
@Table(name = "intel_dissemination")
public class Dissemination {

    @Id
    UUID id;

    @Column(name = "report_id")
    UUID reportId;

    @Column(name = "service_id")
    UUID serviceId;

    @Enumerated(EnumType.STRING)
    Strand strand;

    @Column(name = "other_council")
    String otherCouncil;

    String summary;

    @Embedded
    GradingColumns grading;

    @Enumerated(EnumType.STRING)
    ReportCategory category;

    @Column(name = "occurred_on")
    LocalDate occurredOn;

    String place;

    @Column(name = "sent_by")
    String sentBy;

    @Column(name = "sent_at")
    Instant sentAt;

    @Column(name = "acknowledged_by")
    String acknowledgedBy;

    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;

    @Column(name = "referral_case_id")
    UUID referralCaseId;

    @Column(name = "referral_case_reference")
    String referralCaseReference;

    @Version
    long version;

    protected Dissemination() {
    }

    private Dissemination(UUID reportId, Triage triage, ReportCategory category, LocalDate occurredOn, String place, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.summary = triage.summary();
        this.grading = new GradingColumns(triage.grading());
        this.category = category;
        this.occurredOn = occurredOn;
        this.place = place;
        this.sentBy = by;
        this.sentAt = at;
    }

    public static Dissemination toService(UUID reportId, Triage triage, UUID serviceId, Strand strand, ReportCategory category,
            LocalDate occurredOn, String place, String by, Instant at) {
        Dissemination d = new Dissemination(reportId, triage, category, occurredOn, place, by, at);
        d.serviceId = serviceId;
        d.strand = strand;
        return d;
    }

    public static Dissemination toOtherCouncil(UUID reportId, Triage triage, String council, ReportCategory category,
            LocalDate occurredOn, String place, String by, Instant at) {
        Dissemination d = new Dissemination(reportId, triage, category, occurredOn, place, by, at);
        d.otherCouncil = council;
        return d;
    }

    /** The receiving service says it has the report; once is enough. */
    void acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            throw new Conflict("This report was already acknowledged by " + acknowledgedBy + ".");
        }
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    /** A worker of the receiving service made a request for support from it: the case it opened; once is enough. */
    void referralMade(UUID caseId, String caseReference) {
        if (referralCaseId != null) {
            throw new Conflict("A request for support was already made from this report: " + referralCaseReference + ".");
        }
        this.referralCaseId = caseId;
        this.referralCaseReference = caseReference;
    }

    public UUID referralCaseId() {
        return referralCaseId;
    }

    public String referralCaseReference() {
        return referralCaseReference;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public Strand strand() {
        return strand;
    }

    public String otherCouncil() {
        return otherCouncil;
    }

    public String summary() {
        return summary;
    }

    public Grading grading() {
        return grading.grading();
    }

    public ReportCategory category() {
        return category;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String place() {
        return place;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public long version() {
        return version;
    }
}
