package org.placeworks.geography.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "address")
public class Address {

    @Id
    UUID id;

    long uprn;
    String line1;
    String line2;
    String town;
    String postcode;

    @Column(name = "neighbourhood_id")
    UUID neighbourhoodId;

    @Column(name = "estate_id")
    UUID estateId;

    @Version
    long version;

    protected Address() {
    }

    Address(long uprn) {
        this.id = UUID.randomUUID();
        this.uprn = uprn;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long uprn() {
        return uprn;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public UUID neighbourhoodId() {
        return neighbourhoodId;
    }

    public UUID estateId() {
        return estateId;
    }
}
