package org.placeworks.organisation.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.placeworks.organisation.ServiceCommand;
import org.placeworks.organisation.Strand;

/** An existing service, inside the boundary it already has. */
@Entity
@Table(name = "service")
public class Service {

    @Id
    UUID id;

    String name;

    @Column(name = "agency_id")
    UUID agencyId;

    String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_boundary_area", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "area_id")
    Set<UUID> boundary = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_strand", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "strand")
    @Enumerated(EnumType.STRING)
    Set<Strand> strands = new HashSet<>();

    @Version
    long version;

    protected Service() {
    }

    public Service(UUID id) {
        this.id = id;
    }

    void apply(ServiceCommand command) {
        name = command.name().strip();
        agencyId = command.agencyId();
        description = command.description() == null || command.description().isBlank() ? null : command.description().strip();
        boundary.clear();
        boundary.addAll(command.boundary());
        strands.clear();
        strands.addAll(command.strands());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String description() {
        return description;
    }

    public Set<UUID> boundary() {
        return Set.copyOf(boundary);
    }

    public Set<Strand> strands() {
        return Set.copyOf(strands);
    }

    public boolean delivers(Strand strand) {
        return strands.contains(strand);
    }

    public long version() {
        return version;
    }
}
