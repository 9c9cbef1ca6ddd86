package org.placeworks.estate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.shared.Conflict;

/** An action agreed at an engagement event: owned by a member of the event's service, due on a date, done once. */
@Entity
@Table(name = "estate_engagement_action")
public class EngagementAction {

    @Id
    UUID id;

    @Column(name = "event_id")
    UUID eventId;

    String description;

    @Column(name = "owner_staff_id")
    UUID ownerStaffId;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "done_by")
    String doneBy;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected EngagementAction() {
    }

    public EngagementAction(UUID eventId, String description, UUID ownerStaffId, LocalDate dueOn, String createdBy,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.description = description;
        this.ownerStaffId = ownerStaffId;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Done on the day, by the person named; an action is done once. */
    public void markDone(LocalDate on, String by) {
        if (doneOn != null) {
            throw new Conflict("This action was already marked done on " + doneOn + ".");
        }
        doneOn = on;
        doneBy = by;
    }

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    public String description() { return description; }
    public UUID ownerStaffId() { return ownerStaffId; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate doneOn() { return doneOn; }
    public String doneBy() { return doneBy; }
    public long version() { return version; }
}
