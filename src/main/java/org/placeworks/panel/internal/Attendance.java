package org.placeworks.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.placeworks.panel.AttendanceStatus;

/** How one member agency attended a meeting, and who came (the deputy's name when a deputy did). */
@Entity
@Table(name = "panel_attendance")
public class Attendance {

    @Id
    UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    @Enumerated(EnumType.STRING)
    AttendanceStatus status;

    @Column(name = "attendee_name")
    String attendeeName;

    protected Attendance() {
    }

    Attendance(UUID agencyId, AttendanceStatus status, String attendeeName) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        set(status, attendeeName);
    }

    void set(AttendanceStatus status, String attendeeName) {
        this.status = status;
        this.attendeeName = attendeeName;
    }

    public UUID agencyId() { return agencyId; }
    public AttendanceStatus status() { return status; }
    public String attendeeName() { return attendeeName; }
}
