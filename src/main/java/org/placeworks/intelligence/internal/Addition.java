package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.intelligence.ReportAddition;

/** Information added to a report after it was made, by the reporter or by staff; never changed. */
@Entity
@Table(name = "intel_report_addition")
public class Addition {

    @Id
    UUID id;

    @Column(name = "report_id")
    UUID reportId;

    @Column(name = "note")
    String text;

    @Column(name = "added_at")
    Instant addedAt;

    @Column(name = "added_by")
    String addedBy;

    @Column(name = "by_reporter")
    boolean byReporter;

    protected Addition() {
    }

    static Addition byReporter(UUID reportId, String text, Instant at) {
        return new Addition(reportId, text, at, null);
    }

    static Addition byStaff(UUID reportId, String text, Instant at, String username) {
        return new Addition(reportId, text, at, username);
    }

    private Addition(UUID reportId, String text, Instant at, String addedBy) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.text = text;
        this.addedAt = at;
        this.addedBy = addedBy;
        this.byReporter = addedBy == null;
    }

    public ReportAddition view() {
        return new ReportAddition(text, addedAt, byReporter, addedBy);
    }
}
