package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.caf.ActionStatus;

/** An action of the plan: tied to a need, owned by a person and their agency, due on a date. */
@Entity
@Table(name = "caf_action")
public class PlanAction {

    @Id
    UUID id;

    @Column(name = "need_id")
    UUID needId;

    String description;

    @Column(name = "owner_staff_id")
    UUID ownerStaffId;

    @Column(name = "owner_agency_id")
    UUID ownerAgencyId;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    ActionStatus status = ActionStatus.NOT_STARTED;

    @Version
    long version;

    protected PlanAction() {
    }

    PlanAction(UUID needId, String description, UUID ownerStaffId, UUID ownerAgencyId, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.needId = needId;
        this.description = description;
        this.ownerStaffId = ownerStaffId;
        this.ownerAgencyId = ownerAgencyId;
        this.dueOn = dueOn;
    }

    void progress(ActionStatus status) {
        this.status = status;
    }

    public boolean overdueOn(LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public UUID needId() {
        return needId;
    }

    public String description() {
        return description;
    }

    public UUID ownerStaffId() {
        return ownerStaffId;
    }

    public UUID ownerAgencyId() {
        return ownerAgencyId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
