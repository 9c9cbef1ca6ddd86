package org.placeworks.panel.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.MeetingStatus;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/**
 * One meeting of a panel, and the rules of its day: the agenda is published before the meeting,
 * the session starts once the confidentiality statement is acknowledged, decisions need the
 * session and the quorum (or the chair's recorded override), and closing ends it.
 */
@Entity
@Table(name = "panel_meeting")
public class Meeting {

    @Id
    UUID id;

    @Column(name = "panel_id")
    UUID panelId;

    @Column(name = "meeting_date")
    LocalDate date;

    @Column(name = "start_time")
    LocalTime startTime;

    @Enumerated(EnumType.STRING)
    MeetingStatus status;

    @Column(name = "chair_present")
    boolean chairPresent;

    @Column(name = "confidentiality_acknowledged_at")
    Instant confidentialityAcknowledgedAt;

    @Column(name = "quorum_override_reason")
    String quorumOverrideReason;

    @Column(name = "quorum_overridden_by")
    String quorumOverriddenBy;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "chaired_by_staff_id")
    UUID chairedByStaffId;

    @Column(name = "chaired_by_deputy")
    boolean chairedByDeputy;

    @Column(name = "cancelled_reason")
    String cancelledReason;

    @Column(name = "cancelled_by")
    String cancelledBy;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "moved_from")
    LocalDate movedFrom;

    @Column(name = "moved_reason")
    String movedReason;

    @Column(name = "moved_by")
    String movedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    List<Attendance> attendance = new ArrayList<>();

    @Version
    long version;

    protected Meeting() {
    }

    public Meeting(UUID panelId, LocalDate date, LocalTime startTime) {
        this.id = UUID.randomUUID();
        this.panelId = panelId;
        this.date = date;
        this.startTime = startTime;
        this.status = MeetingStatus.SCHEDULED;
    }

    /** Whether cases may still be listed for it (not yet closed, cancelled or under way). */
    public boolean open() {
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.AGENDA_PUBLISHED;
    }

    public void publish(Instant at) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new Conflict("The agenda can only be published once, before the meeting; this meeting is "
                    + status.label().toLowerCase() + ".");
        }
        status = MeetingStatus.AGENDA_PUBLISHED;
        publishedAt = at;
    }

    /**
     * Opens the session: the confidentiality statement must have been read and acknowledged by those present.
     * Whoever opens it chairs it: the panel's chair, or its deputy chair ({@code deputy}), even with the chair present.
     */
    public void start(boolean confidentialityAcknowledged, LocalDate today, Instant at, UUID chairing, boolean deputy) {
        if (status != MeetingStatus.AGENDA_PUBLISHED) {
            throw new Conflict(status == MeetingStatus.SCHEDULED ? "Publish the agenda before starting the meeting."
                    : "This meeting is " + status.label().toLowerCase() + ": it cannot be started.");
        }
        if (date.isAfter(today)) {
            throw new Conflict("This meeting is on " + date + ": it cannot start before that day.");
        }
        if (!confidentialityAcknowledged) {
            throw new InvalidInput("confidentiality", "Confirm that those present acknowledged the confidentiality statement");
        }
        status = MeetingStatus.IN_SESSION;
        chairedByStaffId = chairing;
        chairedByDeputy = deputy;
        confidentialityAcknowledgedAt = at;
        startedAt = at;
    }

    /** Records attendance by agency; only agencies on the panel are accepted. */
    public void recordAttendance(boolean chairPresent, Map<UUID, AttendanceStatus> statuses, Map<UUID, String> names) {
        if (status == MeetingStatus.CLOSED || status == MeetingStatus.CANCELLED) {
            throw new Conflict("This meeting is " + status.label().toLowerCase() + ": its attendance can no longer change.");
        }
        this.chairPresent = chairPresent;
        statuses.forEach((agency, s) -> {
            String name = names.get(agency);
            if (s == AttendanceStatus.DEPUTY && (name == null || name.isBlank())) {
                throw new InvalidInput("attendance-" + agency, "Enter the name of the deputy who attended");
            }
            String attendee = name == null || name.isBlank() ? null : name.strip();
            attendance.stream().filter(a -> a.agencyId.equals(agency)).findFirst()
                    .ifPresentOrElse(a -> a.set(s, attendee), () -> attendance.add(new Attendance(agency, s, attendee)));
        });
    }

    /**
     * Whether the person chairing is present: a deputy chairing the session is there by chairing it;
     * otherwise the chair, as the attendance records.
     */
    public boolean chairingPresent() {
        return chairPresent || (chairedByDeputy && chairedByStaffId != null);
    }

    public boolean quorate(int agenciesRequired) {
        return Quorum.met(chairingPresent(), attendance.stream().map(Attendance::status).toList(), agenciesRequired);
    }

    /** The quorum for the whole meeting under the panel's rule. */
    public Quorum.Check quorum(Quorum.Rule rule) {
        return quorum(rule, java.util.Set.of(), false);
    }

    /** The quorum for one item: without the agencies whose attendee withdrew, or the person chairing if they did. */
    public Quorum.Check quorum(Quorum.Rule rule, java.util.Set<UUID> withdrawn, boolean chairWithdrew) {
        Map<UUID, AttendanceStatus> byAgency = new java.util.LinkedHashMap<>();
        attendance.forEach(a -> byAgency.put(a.agencyId(), a.status()));
        return rule.check(chairingPresent(), byAgency, withdrawn, chairWithdrew);
    }

    public long agenciesRepresented() {
        return Quorum.represented(attendance.stream().map(Attendance::status).toList());
    }

    public void overrideQuorum(String reason, String by) {
        if (status != MeetingStatus.IN_SESSION) {
            throw new Conflict("The quorum can only be overridden while the meeting is in session.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("quorumReason", "Enter why the panel goes ahead without a quorum");
        }
        quorumOverrideReason = reason.strip();
        quorumOverriddenBy = by;
    }

    /** Refuses a decision unless the meeting is in session and quorate, or the chair overrode the quorum. */
    public void requireDecidable(int agenciesRequired) {
        requireDecidable(new Quorum.Rule(agenciesRequired, java.util.Set.of()), java.util.Set.of(), false, Map.of());
    }

    /**
     * Refuses a decision unless the meeting is in session and quorate for the item (without those who declared an
     * interest and withdrew from it), or the chair overrode the quorum.
     */
    public void requireDecidable(Quorum.Rule rule, java.util.Set<UUID> withdrawn, boolean chairWithdrew,
            Map<UUID, String> agencyNames) {
        if (status != MeetingStatus.IN_SESSION) {
            throw new Conflict("Decisions can only be recorded while the meeting is in session; this meeting is "
                    + status.label().toLowerCase() + ".");
        }
        Quorum.Check check = quorum(rule, withdrawn, chairWithdrew);
        if (!check.met() && quorumOverrideReason == null) {
            boolean forItem = !withdrawn.isEmpty() || chairWithdrew;
            throw new Conflict((forItem ? "Without those who withdrew from this item, the meeting is not quorate for it: "
                    : "The meeting is not quorate: ") + check.shortfall(agencyNames)
                    + ". Record the attendance, or override the quorum with a reason.");
        }
    }

    public void close(Instant at) {
        if (status != MeetingStatus.IN_SESSION) {
            throw new Conflict("Only a meeting in session can be closed; this meeting is " + status.label().toLowerCase() + ".");
        }
        status = MeetingStatus.CLOSED;
        closedAt = at;
    }

    /**
     * Cancels the meeting before it starts, with the reason; the caller moves its items on. A cancelled
     * meeting takes no more items.
     */
    public void cancel(String reason, String by, Instant at) {
        requireNotStarted("cancelled");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("cancelReason", "Enter why the meeting is cancelled");
        }
        status = MeetingStatus.CANCELLED;
        cancelledReason = reason.strip();
        cancelledBy = by;
        cancelledAt = at;
    }

    /** Moves the meeting to another day before it starts, with the reason; its items go with it. */
    public void moveTo(LocalDate newDate, String reason, String by, LocalDate today) {
        requireNotStarted("moved");
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (newDate == null) {
            problems.put("newDate", "Enter the new date of the meeting");
        } else if (newDate.isBefore(today)) {
            problems.put("newDate", "The new date must be today or later");
        } else if (newDate.equals(date)) {
            problems.put("newDate", "The new date must differ from the meeting's date, " + date);
        }
        if (reason == null || reason.isBlank()) {
            problems.put("moveReason", "Enter why the meeting is moved");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (movedFrom == null) {
            movedFrom = date;
        }
        date = newDate;
        movedReason = reason.strip();
        movedBy = by;
    }

    /** Refuses an item for a meeting that was cancelled, with a plain message. */
    public void requireTakesItems() {
        if (status == MeetingStatus.CANCELLED) {
            throw new Conflict("This meeting was cancelled (" + cancelledReason + "): it takes no items. Its items moved to the"
                    + " next meeting; list the case there.");
        }
    }

    private void requireNotStarted(String what) {
        if (status != MeetingStatus.SCHEDULED && status != MeetingStatus.AGENDA_PUBLISHED) {
            throw new Conflict("Only a meeting that has not started can be " + what + "; this meeting is "
                    + status.label().toLowerCase() + ".");
        }
    }

    public UUID id() { return id; }
    public UUID panelId() { return panelId; }
    public LocalDate date() { return date; }
    public LocalTime startTime() { return startTime; }
    public MeetingStatus status() { return status; }
    public boolean chairPresent() { return chairPresent; }
    public boolean confidentialityAcknowledged() { return confidentialityAcknowledgedAt != null; }
    public String quorumOverrideReason() { return quorumOverrideReason; }
    public List<Attendance> attendance() { return attendance; }
    public Instant closedAt() { return closedAt; }
    public long version() { return version; }
    public UUID chairedByStaffId() { return chairedByStaffId; }
    public boolean chairedByDeputy() { return chairedByDeputy; }
    public String cancelledReason() { return cancelledReason; }
    public String cancelledBy() { return cancelledBy; }
    public LocalDate movedFrom() { return movedFrom; }
    public String movedReason() { return movedReason; }
}
