package org.placeworks.estate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.placeworks.estate.EngagementKind;
import org.placeworks.shared.InvalidInput;

/**
 * A walkabout, residents' meeting, clean-up day or other engagement on an estate, owned by the
 * service that held it. An event still to come is planned: it has no attendance until it has
 * happened. The owning service never changes; the boundary check is the service's, before this is made.
 */
@Entity
@Table(name = "estate_engagement_event")
public class EngagementEvent {

    /** Most people an event can be recorded with: more is a typing slip, not a meeting. */
    public static final int MOST_ATTENDING = 10_000;

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    EngagementKind kind;

    @Column(name = "other_name")
    String otherName;

    @Column(name = "held_on")
    LocalDate heldOn;

    @Column(name = "estate_id")
    UUID estateId;

    @Column(name = "neighbourhood_id")
    UUID neighbourhoodId;

    String spot;

    @Column(name = "owning_service_id")
    UUID owningServiceId;

    Integer attendance;

    @Column(name = "attended_by")
    String attendedBy;

    String notes;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Version
    long version;

    protected EngagementEvent() {
    }

    /** A new event of the service, with its details checked against {@code today}. */
    public EngagementEvent(UUID owningServiceId, Details details, LocalDate today, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.owningServiceId = owningServiceId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        apply(details, today);
    }

    /** What an event says about itself, typed; the place has been checked to be an estate (and one of its neighbourhoods). */
    public record Details(EngagementKind kind, String otherName, LocalDate heldOn, UUID estateId, UUID neighbourhoodId,
            String spot, Integer attendance, String attendedBy, String notes) {
    }

    /** Changes what the event says; refused as a whole (nothing changed) when any of it breaks a rule. */
    public void change(Details details, LocalDate today) {
        apply(details, today);
    }

    private void apply(Details details, LocalDate today) {
        Map<String, String> problems = problems(details, today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        kind = details.kind();
        otherName = details.kind() == EngagementKind.OTHER ? details.otherName() : null;
        heldOn = details.heldOn();
        estateId = details.estateId();
        neighbourhoodId = details.neighbourhoodId();
        spot = details.spot();
        attendance = details.attendance();
        attendedBy = details.attendedBy();
        notes = details.notes();
    }

    /**
     * The rules an event's details keep, by field: a kind (and a name for "other"), a date no further
     * ahead than a year, and attendance only once the event has happened, between 0 and 10,000.
     */
    public static Map<String, String> problems(Details details, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (details.kind() == null) {
            problems.put("kind", "Select the kind of event");
        } else if (details.kind() == EngagementKind.OTHER && (details.otherName() == null || details.otherName().isBlank())) {
            problems.put("otherName", "Enter the name of the event");
        }
        if (details.heldOn() == null) {
            problems.put("heldOn", "Enter the date of the event");
        } else if (details.heldOn().isAfter(today.plusYears(1))) {
            problems.put("heldOn", "The date of the event must be within the next 12 months");
        } else if (details.heldOn().getYear() < 2000) {
            problems.put("heldOn", "The date of the event must be in or after 2000");
        }
        if (details.estateId() == null) {
            problems.put("estateId", "Select the estate");
        }
        boolean planned = details.heldOn() != null && details.heldOn().isAfter(today);
        if (details.attendance() != null) {
            if (planned) {
                problems.put("attendance", "A planned event has no attendance yet: record it once the event has happened");
            } else if (details.attendance() < 0 || details.attendance() > MOST_ATTENDING) {
                problems.put("attendance", "Attendance must be between 0 and 10,000");
            }
        }
        if (planned && details.attendedBy() != null && !details.attendedBy().isBlank()) {
            problems.put("attendedBy", "A planned event has no one who attended yet: record them once the event has happened");
        }
        return problems;
    }

    public boolean plannedOn(LocalDate today) {
        return heldOn.isAfter(today);
    }

    public String title() {
        return kind == EngagementKind.OTHER ? otherName : kind.label();
    }

    public UUID id() { return id; }
    public EngagementKind kind() { return kind; }
    public String otherName() { return otherName; }
    public LocalDate heldOn() { return heldOn; }
    public UUID estateId() { return estateId; }
    public UUID neighbourhoodId() { return neighbourhoodId; }
    public String spot() { return spot; }
    public UUID owningServiceId() { return owningServiceId; }
    public Integer attendance() { return attendance; }
    public String attendedBy() { return attendedBy; }
    public String notes() { return notes; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public long version() { return version; }
}
