package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One time an intelligence officer was shown who made a report, and why. Never changed. */
@Entity
@Table(name = "intel_reveal")
public class Reveal {

    @Id
    UUID id;

    @Column(name = "report_id")
    UUID reportId;

    @Column(name = "revealed_by")
    String revealedBy;

    @Column(name = "revealed_at")
    Instant revealedAt;

    String reason;

    protected Reveal() {
    }

    public Reveal(UUID reportId, String by, Instant at, String reason) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.revealedBy = by;
        this.revealedAt = at;
        this.reason = reason;
    }

    public String revealedBy() {
        return revealedBy;
    }

    public Instant revealedAt() {
        return revealedAt;
    }

    public String reason() {
        return reason;
    }
}
