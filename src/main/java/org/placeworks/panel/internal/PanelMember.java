package org.placeworks.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A member agency of a panel, its named member and the deputy who attends when they cannot. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    @Id
    UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "member_staff_id")
    UUID memberStaffId;

    @Column(name = "deputy_staff_id")
    UUID deputyStaffId;

    protected PanelMember() {
    }

    PanelMember(UUID agencyId, UUID memberStaffId, UUID deputyStaffId) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.memberStaffId = memberStaffId;
        this.deputyStaffId = deputyStaffId;
    }

    public UUID id() { return id; }
    public UUID agencyId() { return agencyId; }
    public UUID memberStaffId() { return memberStaffId; }
    public UUID deputyStaffId() { return deputyStaffId; }
}
