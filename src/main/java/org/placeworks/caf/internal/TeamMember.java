package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A member of the Team Around the Family; leaving keeps the record and ends their access. */
@Entity
@Table(name = "caf_team_member")
public class TeamMember {

    @Id
    UUID id;

    @Column(name = "staff_id")
    UUID staffId;

    @Column(name = "joined_on")
    LocalDate joinedOn;

    @Column(name = "left_on")
    LocalDate leftOn;

    protected TeamMember() {
    }

    TeamMember(UUID staffId, LocalDate joinedOn) {
        this.id = UUID.randomUUID();
        this.staffId = staffId;
        this.joinedOn = joinedOn;
    }

    public boolean current() {
        return leftOn == null;
    }

    void leave(LocalDate on) {
        leftOn = on;
    }

    public UUID staffId() {
        return staffId;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
