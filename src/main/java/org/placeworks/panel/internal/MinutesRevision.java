package org.placeworks.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One wording of a meeting's minutes: the first draft, or a correction with its reason. Never changed once written. */
@Entity
@Table(name = "panel_minutes_revision")
public class MinutesRevision {

    @Id
    UUID id;

    int number;

    String text;

    String reason;

    @Column(name = "written_by")
    String writtenBy;

    @Column(name = "written_at")
    Instant writtenAt;

    protected MinutesRevision() {
    }

    MinutesRevision(int number, String text, String reason, String writtenBy, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.text = text;
        this.reason = reason;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public int number() { return number; }
    public String text() { return text; }
    public String reason() { return reason; }
    public String writtenBy() { return writtenBy; }
    public Instant writtenAt() { return writtenAt; }
}
