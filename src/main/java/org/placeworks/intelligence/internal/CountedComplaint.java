package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report as the Community Trigger counts it, written once when the report is saved: whether it
 * qualifies (an anti-social behaviour category, made within the set time of the incident), where it
 * was (the key the trigger counts a location by) and, when the reporter said it happened to them, the
 * keyed hash of their contact details (the key it counts a victim by). It holds nothing of what
 * happened and nothing that names anyone.
 */
@Entity
@Table(name = "intel_trigger_complaint")
public class CountedComplaint {

    @Id
    @Column(name = "report_id")
    UUID reportId;

    String reference;

    String category;

    @Column(name = "occurred_on")
    LocalDate occurredOn;

    @Column(name = "received_on")
    LocalDate receivedOn;

    boolean qualifying;

    @Column(name = "location_key")
    String locationKey;

    @jakarta.persistence.Embedded
    PlaceColumns placed;

    @Column(name = "victim_key")
    String victimKey;

    protected CountedComplaint() {
    }

    public CountedComplaint(UUID reportId, String reference, String category, LocalDate occurredOn, LocalDate receivedOn,
            boolean qualifying, TriggerPlace place, String victimKey) {
        this.reportId = reportId;
        this.reference = reference;
        this.category = category;
        this.occurredOn = occurredOn;
        this.receivedOn = receivedOn;
        this.qualifying = qualifying;
        this.locationKey = place.key();
        this.placed = new PlaceColumns(place);
        this.victimKey = victimKey;
    }

    public UUID reportId() {
        return reportId;
    }

    public String reference() {
        return reference;
    }

    public boolean qualifying() {
        return qualifying;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String locationKey() {
        return locationKey;
    }

    public String victimKey() {
        return victimKey;
    }

    public TriggerPlace place() {
        return placed.place(locationKey);
    }
}
