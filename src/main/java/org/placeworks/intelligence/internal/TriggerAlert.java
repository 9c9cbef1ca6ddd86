package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A location or victim that reached the Community Trigger: one per crossing of the threshold. */
@Entity
@Table(name = "intel_trigger_alert")
public class TriggerAlert {

    @Id
    UUID id;

    @Column(name = "subject_key")
    String subjectKey;

    @Column(name = "reached_on")
    LocalDate reachedOn;

    @Column(name = "complaint_count")
    int complaintCount;

    @Column(name = "raised_by_report")
    UUID raisedByReport;

    protected TriggerAlert() {
    }

    public TriggerAlert(String subjectKey, LocalDate reachedOn, int complaintCount, UUID raisedByReport) {
        this.id = UUID.randomUUID();
        this.subjectKey = subjectKey;
        this.reachedOn = reachedOn;
        this.complaintCount = complaintCount;
        this.raisedByReport = raisedByReport;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public LocalDate reachedOn() {
        return reachedOn;
    }

    public int complaintCount() {
        return complaintCount;
    }
}
