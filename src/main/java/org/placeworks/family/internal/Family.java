package org.placeworks.family.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.family.PlaceKind;

/**
 * A household where it lives now: a UPRN address, or a described location in a neighbourhood. The address
 * and the area belong to geography: only their ids are held here.
 */
@Entity
@Table(name = "family")
public class Family {

    @Id
    UUID id;

    String name;

    @Column(name = "address_id")
    UUID addressId;

    /** How the family lives where they are; without a UPRN address, a description and the neighbourhood chosen. */
    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind")
    PlaceKind placeKind = PlaceKind.HOME;

    @Column(name = "place_description")
    String placeDescription;

    @Column(name = "place_area_id")
    UUID placeAreaId;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Version
    long version;

    protected Family() {
    }

    public Family(String name, UUID addressId, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.addressId = addressId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID addressId() {
        return addressId;
    }

    public PlaceKind placeKind() {
        return placeKind;
    }

    public String placeDescription() {
        return placeDescription;
    }

    public UUID placeAreaId() {
        return placeAreaId;
    }

    /** Lives now at a UPRN address, or (addressId null) at a described location in a neighbourhood. */
    void moveTo(PlaceKind kind, UUID addressId, String description, UUID areaId) {
        this.placeKind = kind;
        this.addressId = addressId;
        this.placeDescription = addressId == null ? description : null;
        this.placeAreaId = addressId == null ? areaId : null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
