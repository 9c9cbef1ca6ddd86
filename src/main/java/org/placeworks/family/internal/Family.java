package org.placeworks.family.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A household at an address. The address belongs to geography: only its id is held here. */
@Entity
@Table(name = "family")
public class Family {

    @Id
    UUID id;

    String name;

    @Column(name = "address_id")
    UUID addressId;

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
