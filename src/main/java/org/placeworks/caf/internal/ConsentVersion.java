package org.placeworks.caf.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.ConsentChange;

/** One version of the family's consent, kept for good once recorded; the newest is the one in force. */
@Entity
@Table(name = "caf_consent_version")
public class ConsentVersion {

    @Id
    UUID id;

    int number;

    @Enumerated(EnumType.STRING)
    ConsentChange change;

    @Column(name = "given_on")
    LocalDate givenOn;

    String purposes;

    @Column(name = "panel_discussion")
    boolean panelDiscussion;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Column(name = "recorded_by")
    String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_consent_giver", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    List<ConsentGiver> givers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_consent_version_agency", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "agency_id")
    @Column(name = "allowed")
    Map<UUID, Boolean> agencies = new HashMap<>();

    protected ConsentVersion() {
    }

    ConsentVersion(int number, ConsentChange change, LocalDate givenOn, List<ConsentGiver> givers, String purposes,
            boolean panelDiscussion, Set<UUID> allowed, Set<UUID> refused, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.change = change;
        this.givenOn = givenOn;
        this.givers.addAll(givers);
        this.purposes = purposes;
        this.panelDiscussion = panelDiscussion;
        allowed.forEach(a -> agencies.put(a, true));
        refused.forEach(a -> agencies.put(a, false));
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Set<UUID> allowed() {
        Set<UUID> allowed = new HashSet<>();
        agencies.forEach((agency, yes) -> {
            if (yes) {
                allowed.add(agency);
            }
        });
        return allowed;
    }

    public Set<UUID> refused() {
        Set<UUID> refused = new HashSet<>();
        agencies.forEach((agency, yes) -> {
            if (!yes) {
                refused.add(agency);
            }
        });
        return refused;
    }

    public UUID id() { return id; }
    public int number() { return number; }
    public ConsentChange change() { return change; }
    public LocalDate givenOn() { return givenOn; }
    public List<ConsentGiver> givers() { return givers; }
    public String purposes() { return purposes; }
    public boolean panelDiscussion() { return panelDiscussion; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
