package org.placeworks.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.placeworks.organisation.Strand;

/** A strand runs in this area of the place. */
@Entity
@Table(name = "strand_delivery")
public class StrandDelivery {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    Strand strand;

    @Column(name = "area_id")
    UUID areaId;

    @Version
    long version;

    protected StrandDelivery() {
    }

    public StrandDelivery(Strand strand, UUID areaId) {
        this.id = UUID.randomUUID();
        this.strand = strand;
        this.areaId = areaId;
    }

    public UUID id() {
        return id;
    }

    public Strand strand() {
        return strand;
    }

    public UUID areaId() {
        return areaId;
    }
}
