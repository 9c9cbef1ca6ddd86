package org.placeworks.family.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.family.PlaceKind;

/** One place a family lived, from a date until they moved on (no end date: where they live now). */
@Entity
@Table(name = "family_residence")
public class FamilyResidence {

    @Id
    UUID id;

    @Column(name = "family_id")
    UUID familyId;

    @Enumerated(EnumType.STRING)
    PlaceKind kind;

    @Column(name = "address_id")
    UUID addressId;

    String description;

    @Column(name = "area_id")
    UUID areaId;

    @Column(name = "from_date")
    LocalDate fromDate;

    @Column(name = "to_date")
    LocalDate toDate;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Column(name = "recorded_by")
    String recordedBy;

    protected FamilyResidence() {
    }

    FamilyResidence(UUID familyId, PlaceKind kind, UUID addressId, String description, UUID areaId, LocalDate from,
            Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.kind = kind;
        this.addressId = addressId;
        this.description = addressId == null ? description : null;
        this.areaId = addressId == null ? areaId : null;
        this.fromDate = from;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The family moved on: this place ends the day they moved. */
    void endOn(LocalDate movedOn) {
        this.toDate = movedOn;
    }

    public PlaceKind kind() {
        return kind;
    }

    public UUID addressId() {
        return addressId;
    }

    public String description() {
        return description;
    }

    public UUID areaId() {
        return areaId;
    }

    public LocalDate from() {
        return fromDate;
    }

    public LocalDate to() {
        return toDate;
    }
}
