package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.shared.TimeOrderedIds;

/** One line of a case's timeline, also shown on the family's. */
@Entity
@Table(name = "caf_event")
public class CafEvent {

    @Id
    UUID id;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "family_id")
    UUID familyId;

    Instant at;

    @Column(name = "by_user")
    String by;

    String what;

    protected CafEvent() {
    }

    public CafEvent(UUID caseId, UUID familyId, Instant at, String by, String what) {
        // Only ever appended (a case's history): an id in time order appends to the key's index.
        this.id = TimeOrderedIds.at(at);
        this.caseId = caseId;
        this.familyId = familyId;
        this.at = at;
        this.by = by;
        this.what = what;
    }

    public UUID caseId() {
        return caseId;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String what() {
        return what;
    }
}
