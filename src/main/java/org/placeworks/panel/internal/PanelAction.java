package org.placeworks.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.shared.Conflict;

/** An action the panel set on an item: owner, agency, due date; open ones are reviewed at the next meeting. */
@Entity
@Table(name = "panel_action")
public class PanelAction {

    @Id
    UUID id;

    @Column(name = "panel_id")
    UUID panelId;

    @Column(name = "meeting_id")
    UUID meetingId;

    @Column(name = "item_id")
    UUID itemId;

    String description;

    @Column(name = "owner_staff_id")
    UUID ownerStaffId;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "review_at_meeting_id")
    UUID reviewAtMeetingId;

    @Column(name = "created_by")
    String createdBy;

    @Version
    long version;

    protected PanelAction() {
    }

    public PanelAction(UUID panelId, UUID meetingId, UUID itemId, String description, UUID ownerStaffId, UUID agencyId,
            LocalDate dueOn, String createdBy) {
        this.id = UUID.randomUUID();
        this.panelId = panelId;
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.description = description;
        this.ownerStaffId = ownerStaffId;
        this.agencyId = agencyId;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
    }

    public void done(LocalDate on) {
        if (doneOn != null) {
            throw new Conflict("This action was already marked done on " + doneOn + ".");
        }
        doneOn = on;
    }

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public void reviewAt(UUID meetingId) {
        reviewAtMeetingId = meetingId;
    }

    public UUID id() { return id; }
    public UUID panelId() { return panelId; }
    public UUID meetingId() { return meetingId; }
    public UUID itemId() { return itemId; }
    public String description() { return description; }
    public UUID ownerStaffId() { return ownerStaffId; }
    public UUID agencyId() { return agencyId; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate doneOn() { return doneOn; }
    public UUID reviewAtMeetingId() { return reviewAtMeetingId; }
    public long version() { return version; }
}
