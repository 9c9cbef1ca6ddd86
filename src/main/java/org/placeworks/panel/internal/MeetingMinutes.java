package org.placeworks.panel.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.placeworks.panel.MinutesStatus;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/**
 * The minutes of a closed meeting and their way to being agreed: a draft the chair may reword, circulated to
 * members for accuracy (each correction after that kept as a new revision, with its reason), and agreed as a
 * true record at the next meeting, after which they no longer change.
 */
@Entity
@Table(name = "panel_minutes")
public class MeetingMinutes {

    @Id
    UUID id;

    @Column(name = "meeting_id")
    UUID meetingId;

    @Enumerated(EnumType.STRING)
    MinutesStatus status;

    @Column(name = "circulated_at")
    Instant circulatedAt;

    @Column(name = "agreed_at_meeting_id")
    UUID agreedAtMeetingId;

    @Column(name = "agreed_at")
    Instant agreedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id", nullable = false)
    @OrderBy("number")
    List<MinutesRevision> revisions = new ArrayList<>();

    @Version
    long version;

    protected MeetingMinutes() {
    }

    /** The first draft, written when the meeting closes. */
    public MeetingMinutes(UUID meetingId, String firstDraft, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.status = MinutesStatus.DRAFT;
        revisions.add(new MinutesRevision(1, firstDraft, null, by, at));
    }

    /**
     * Rewords the minutes. A draft is simply reworded; once circulated, a change is a correction and needs its reason.
     * Agreed minutes are the record and are never changed.
     */
    public void revise(String text, String reason, String by, Instant at) {
        if (status == MinutesStatus.AGREED) {
            throw new Conflict("These minutes were agreed as a true record: they can no longer be corrected.");
        }
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            problems.put("text", "Enter the minutes");
        }
        if (status == MinutesStatus.CIRCULATED && (reason == null || reason.isBlank())) {
            problems.put("reason", "Enter what the correction is and who asked for it");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        revisions.add(new MinutesRevision(revisions.size() + 1, text.strip(),
                reason == null || reason.isBlank() ? null : reason.strip(), by, at));
    }

    public void circulate(Instant at) {
        if (status != MinutesStatus.DRAFT) {
            throw new Conflict("The minutes were already circulated for accuracy.");
        }
        status = MinutesStatus.CIRCULATED;
        circulatedAt = at;
    }

    /** Agreed as a true record at a later meeting of the panel, in session. */
    public void agree(UUID atMeetingId, Instant at) {
        if (status != MinutesStatus.CIRCULATED) {
            throw new Conflict(status == MinutesStatus.DRAFT ? "Circulate the minutes for accuracy before they are agreed."
                    : "These minutes were already agreed.");
        }
        if (atMeetingId.equals(meetingId)) {
            throw new Conflict("Minutes are agreed at the next meeting, not at the meeting they record.");
        }
        status = MinutesStatus.AGREED;
        agreedAtMeetingId = atMeetingId;
        agreedAt = at;
    }

    public MinutesRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    public UUID id() { return id; }
    public UUID meetingId() { return meetingId; }
    public MinutesStatus status() { return status; }
    public Instant circulatedAt() { return circulatedAt; }
    public UUID agreedAtMeetingId() { return agreedAtMeetingId; }
    public Instant agreedAt() { return agreedAt; }
    public List<MinutesRevision> revisions() { return List.copyOf(revisions); }
    public long version() { return version; }
}
