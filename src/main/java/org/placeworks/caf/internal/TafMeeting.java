package org.placeworks.caf.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A Team Around the Family meeting: the day it was held, who came (staff, and members of the
 * family), what was agreed, and the plan actions agreed at it. A record of a meeting that happened.
 */
@Entity
@Table(name = "caf_taf_meeting")
public class TafMeeting {

    @Id
    UUID id;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "held_on")
    LocalDate heldOn;

    String agreed;

    @Column(name = "recorded_by_staff_id")
    UUID recordedByStaffId;

    @Column(name = "recorded_by_name")
    String recordedByName;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_taf_meeting_staff", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "staff_id")
    Set<UUID> staff = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_taf_meeting_person", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "person_id")
    Set<UUID> familyMembers = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_taf_meeting_action", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "action_id")
    Set<UUID> actions = new LinkedHashSet<>();

    @Version
    long version;

    protected TafMeeting() {
    }

    public TafMeeting(UUID caseId, LocalDate heldOn, Set<UUID> staff, Set<UUID> familyMembers, String agreed,
            UUID recordedByStaffId, String recordedByName, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.staff.addAll(staff);
        this.familyMembers.addAll(familyMembers);
        this.agreed = agreed;
        this.recordedByStaffId = recordedByStaffId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    /** A plan action agreed at the meeting. */
    public void agreedAction(UUID actionId) {
        actions.add(actionId);
    }

    /** A merged duplicate family member: the meeting names the record kept. */
    public boolean replaceFamilyMember(UUID mergedPersonId, UUID keptPersonId) {
        if (familyMembers.remove(mergedPersonId)) {
            familyMembers.add(keptPersonId);
            return true;
        }
        return false;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public LocalDate heldOn() { return heldOn; }
    public String agreed() { return agreed; }
    public UUID recordedByStaffId() { return recordedByStaffId; }
    public String recordedByName() { return recordedByName; }
    public Instant recordedAt() { return recordedAt; }
    public Set<UUID> staff() { return staff; }
    public Set<UUID> familyMembers() { return familyMembers; }
    public Set<UUID> actions() { return actions; }
    public long version() { return version; }
}
