package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportStatus;
import org.placeworks.intelligence.Victim;

/**
 * A confidential report: what happened, when and where, and where it is in triage. It holds nothing
 * about who reported it ({@link Reporter} is kept apart) and nothing about the device it came from.
 */
@Entity
@Table(name = "intel_report")
public class IntelReport {

    @Id
    UUID id;

    String reference;

    @Enumerated(EnumType.STRING)
    ReportCategory category;

    @Column(name = "what_happened")
    String whatHappened;

    @Column(name = "occurred_on")
    LocalDate occurredOn;

    @Column(name = "occurred_time")
    LocalTime occurredTime;

    @Column(name = "address_id")
    UUID addressId;

    @Column(name = "neighbourhood_id")
    UUID neighbourhoodId;

    @Column(name = "estate_id")
    UUID estateId;

    @Column(name = "place_description")
    String placeDescription;

    @Column(name = "outside_area")
    boolean outsideArea;

    @Enumerated(EnumType.STRING)
    Victim victim;

    @Enumerated(EnumType.STRING)
    ReportChannel channel;

    @Column(name = "received_at")
    Instant receivedAt;

    @Column(name = "taken_by")
    String takenBy;

    @Enumerated(EnumType.STRING)
    ReportStatus status;

    @Column(name = "status_note")
    String statusNote;

    @Column(name = "status_changed_at")
    Instant statusChangedAt;

    @Column(name = "owning_service_id")
    UUID owningServiceId;

    @Version
    long version;

    protected IntelReport() {
    }

    IntelReport(String reference, ReportCategory category, String whatHappened, LocalDate occurredOn, LocalTime occurredTime,
            ReportPlaces.Placed place, Victim victim, ReportChannel channel, Instant receivedAt, String takenBy) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.category = category;
        this.whatHappened = whatHappened;
        this.occurredOn = occurredOn;
        this.occurredTime = occurredTime;
        this.addressId = place.addressId();
        this.neighbourhoodId = place.neighbourhoodId();
        this.estateId = place.estateId();
        this.placeDescription = place.description();
        this.outsideArea = place.owningServiceId() == null;
        this.owningServiceId = place.owningServiceId();
        this.victim = victim;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.takenBy = takenBy;
        this.status = ReportStatus.RECEIVED;
        this.statusChangedAt = receivedAt;
    }

    /** Moves the report on, with a note the reporter reads when they check it (null for none). */
    public void moveTo(ReportStatus next, String noteForReporter, Instant at) {
        this.status = next;
        this.statusNote = noteForReporter;
        this.statusChangedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public ReportCategory category() {
        return category;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public LocalTime occurredTime() {
        return occurredTime;
    }

    public UUID addressId() {
        return addressId;
    }

    public UUID neighbourhoodId() {
        return neighbourhoodId;
    }

    public UUID estateId() {
        return estateId;
    }

    public String placeDescription() {
        return placeDescription;
    }

    public boolean outsideArea() {
        return outsideArea;
    }

    public Victim victim() {
        return victim;
    }

    public ReportChannel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String takenBy() {
        return takenBy;
    }

    public ReportStatus status() {
        return status;
    }

    public String statusNote() {
        return statusNote;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public UUID owningServiceId() {
        return owningServiceId;
    }

    public long version() {
        return version;
    }
}
