package org.placeworks.caf.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A review of the plan: progress and a new score for every need. */
@Entity
@Table(name = "caf_review")
public class Review {

    @Id
    UUID id;

    @Column(name = "held_on")
    LocalDate heldOn;

    String summary;

    @Column(name = "recorded_by")
    String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_review_progress", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "need_id")
    Map<UUID, ProgressEntry> progress = new LinkedHashMap<>();

    protected Review() {
    }

    Review(LocalDate heldOn, String summary, String recordedBy, Map<UUID, ProgressEntry> progress) {
        this.id = UUID.randomUUID();
        this.heldOn = heldOn;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.progress.putAll(progress);
    }

    public UUID id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Map<UUID, ProgressEntry> progress() {
        return progress;
    }
}
