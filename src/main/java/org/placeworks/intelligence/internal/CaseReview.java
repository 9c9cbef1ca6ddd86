package org.placeworks.intelligence.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.placeworks.intelligence.CaseReviewApplicant;
import org.placeworks.intelligence.CaseReviewStatus;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/**
 * An application for an ASB Case Review ("Community Trigger"), from receipt to closure: acknowledged,
 * the threshold decided (met or not, with the reason), the review meeting held with its recommendations,
 * closed. Each step is allowed only from the steps before it, on a date neither before the application
 * was received nor after today. The applicant is held as the reporter of one of the linked reports (whose
 * identity stays in the report's own protected record), never copied here.
 */
@Entity
@Table(name = "intel_case_review")
public class CaseReview {

    @Id
    UUID id;

    String reference;

    @Column(name = "subject_key")
    String subjectKey;

    @jakarta.persistence.Embedded
    PlaceColumns placed;

    @Column(name = "received_on")
    LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "applied_by")
    CaseReviewApplicant appliedBy;

    @Column(name = "on_behalf_of")
    String onBehalfOf;

    @Column(name = "applicant_report_id")
    UUID applicantReportId;

    @Column(name = "complaints_counted")
    int complaintsCounted;

    @Enumerated(EnumType.STRING)
    CaseReviewStatus status;

    @Column(name = "acknowledged_on")
    LocalDate acknowledgedOn;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "threshold_met")
    Boolean thresholdMet;

    @Column(name = "decision_reason")
    String decisionReason;

    @Column(name = "meeting_on")
    LocalDate meetingOn;

    String recommendations;

    @Column(name = "recommendation_count")
    Integer recommendationCount;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "intel_case_review_report", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "report_id")
    Set<UUID> reports = new LinkedHashSet<>();

    @Version
    long version;

    protected CaseReview() {
    }

    public CaseReview(String reference, String subjectKey, TriggerPlace place, LocalDate receivedOn,
            CaseReviewApplicant appliedBy, String onBehalfOf, UUID applicantReportId, Set<UUID> reports,
            String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.subjectKey = subjectKey;
        this.placed = new PlaceColumns(place);
        this.receivedOn = receivedOn;
        this.appliedBy = appliedBy;
        this.onBehalfOf = appliedBy == CaseReviewApplicant.ON_BEHALF ? onBehalfOf : null;
        this.applicantReportId = applicantReportId;
        this.reports = new LinkedHashSet<>(reports);
        this.complaintsCounted = reports.size();
        this.status = CaseReviewStatus.RECEIVED;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void acknowledge(LocalDate on, LocalDate today) {
        require("acknowledge", CaseReviewStatus.RECEIVED);
        acknowledgedOn = dated("acknowledgedOn", on, today);
        status = CaseReviewStatus.ACKNOWLEDGED;
    }

    /** Whether the threshold is met, and why; an application not yet acknowledged is acknowledged by the decision. */
    public void decide(boolean met, String reason, LocalDate on, LocalDate today) {
        require("decide", CaseReviewStatus.RECEIVED, CaseReviewStatus.ACKNOWLEDGED);
        decidedOn = dated("decidedOn", on, today);
        if (acknowledgedOn == null) {
            acknowledgedOn = decidedOn;
        } else if (decidedOn.isBefore(acknowledgedOn)) {
            throw new InvalidInput("decidedOn", "The decision date must be on or after the day it was acknowledged");
        }
        thresholdMet = met;
        decisionReason = reason;
        status = met ? CaseReviewStatus.REVIEW_TO_MEET : CaseReviewStatus.THRESHOLD_NOT_MET;
    }

    public void holdMeeting(LocalDate on, String recommendations, int count, LocalDate today) {
        require("record the review meeting of", CaseReviewStatus.REVIEW_TO_MEET);
        LocalDate held = dated("meetingOn", on, today);
        if (held.isBefore(decidedOn)) {
            throw new InvalidInput("meetingOn", "The meeting date must be on or after the day the threshold was decided");
        }
        if (count > 0 && recommendations == null) {
            throw new InvalidInput("recommendations", "Enter the recommendations the review made");
        }
        meetingOn = held;
        this.recommendations = recommendations;
        this.recommendationCount = count;
        status = CaseReviewStatus.REVIEW_HELD;
    }

    public void close(LocalDate on, LocalDate today) {
        require("close", CaseReviewStatus.THRESHOLD_NOT_MET, CaseReviewStatus.REVIEW_HELD);
        LocalDate closed = dated("closedOn", on, today);
        LocalDate last = meetingOn != null ? meetingOn : decidedOn;
        if (closed.isBefore(last)) {
            throw new InvalidInput("closedOn", "The closing date must be on or after the " + (meetingOn != null ? "meeting" : "decision"));
        }
        closedOn = closed;
        status = CaseReviewStatus.CLOSED;
    }

    private void require(String step, CaseReviewStatus... allowed) {
        for (CaseReviewStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new Conflict("You cannot " + step + " case review " + reference + " now: it is " + status.label().toLowerCase() + ".");
    }

    private LocalDate dated(String field, LocalDate on, LocalDate today) {
        if (on.isBefore(receivedOn)) {
            throw new InvalidInput(field, "The date must be on or after the day the application was received");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput(field, "The date must be today or in the past");
        }
        return on;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public TriggerPlace place() {
        return placed.place(null);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public CaseReviewApplicant appliedBy() {
        return appliedBy;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    public UUID applicantReportId() {
        return applicantReportId;
    }

    public int complaintsCounted() {
        return complaintsCounted;
    }

    public CaseReviewStatus status() {
        return status;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Boolean thresholdMet() {
        return thresholdMet;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public LocalDate meetingOn() {
        return meetingOn;
    }

    public String recommendations() {
        return recommendations;
    }

    public Integer recommendationCount() {
        return recommendationCount;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Set<UUID> reports() {
        return Set.copyOf(reports);
    }

    public long version() {
        return version;
    }
}
