package org.placeworks.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.placeworks.organisation.AgencyKind;
import org.placeworks.organisation.AgencyView;

/** A partner organisation: a school, a health trust, the police, a housing provider, the council itself. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    UUID id;

    String name;

    @Enumerated(EnumType.STRING)
    AgencyKind kind;

    @Version
    long version;

    protected Agency() {
    }

    public Agency(String name, AgencyKind kind) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AgencyView view() {
        return new AgencyView(id, name, kind, version);
    }
}
