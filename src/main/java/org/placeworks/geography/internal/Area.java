package org.placeworks.geography.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AreaKind;

@Entity
@Table(name = "area")
public class Area {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    AreaKind kind;

    String code;
    int vintage;
    String name;

    @Column(name = "parent_id")
    UUID parentId;

    @Column(name = "boundary_geojson")
    String boundaryGeoJson;

    @Column(name = "deprivation_decile")
    Integer deprivationDecile;

    @Column(name = "resident_population")
    Integer residentPopulation;

    @Column(name = "child_population")
    Integer childPopulation;

    /** The year the populations describe, and who published them; null until a population import sets them. */
    @Column(name = "population_vintage")
    Integer populationVintage;

    @Column(name = "population_source")
    String populationSource;

    /** For an estate: the neighbourhoods it straddles. */
    @ElementCollection
    @CollectionTable(name = "estate_neighbourhood", joinColumns = @JoinColumn(name = "estate_id"))
    @Column(name = "neighbourhood_id")
    Set<UUID> neighbourhoods = new HashSet<>();

    @Version
    long version;

    protected Area() {
    }

    Area(AreaKind kind) {
        this.id = UUID.randomUUID();
        this.kind = kind;
    }

    public UUID id() {
        return id;
    }

    public AreaKind kind() {
        return kind;
    }

    public UUID parentId() {
        return parentId;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public int vintage() {
        return vintage;
    }

    public String name() {
        return name;
    }

    public String boundaryGeoJson() {
        return boundaryGeoJson;
    }

    public Integer deprivationDecile() {
        return deprivationDecile;
    }

    public Integer residentPopulation() {
        return residentPopulation;
    }

    public Integer childPopulation() {
        return childPopulation;
    }

    public Integer populationVintage() {
        return populationVintage;
    }

    public String populationSource() {
        return populationSource;
    }

    /** Replaces the populations with published figures of a known year and source. */
    public void populations(int children, int residents, int vintage, String source) {
        if (children < 0 || residents < 0 || children > residents) {
            throw new IllegalArgumentException("Populations of " + code + " out of range: " + children + " of " + residents);
        }
        this.childPopulation = children;
        this.residentPopulation = residents;
        this.populationVintage = vintage;
        this.populationSource = source;
    }

    public Set<UUID> neighbourhoods() {
        return Set.copyOf(neighbourhoods);
    }
}
