package org.placeworks.insight.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A Supporting Families results claim made for a family's case; never changed once made. */
@Entity
@Table(name = "insight_claim")
public class Claim {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "window_start")
    private LocalDate windowStart;
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected Claim() {
    }

    public Claim(UUID caseId, UUID familyId, LocalDate windowStart, String claimedBy, Instant claimedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.familyId = familyId;
        this.windowStart = windowStart;
        this.claimedBy = claimedBy;
        this.claimedAt = claimedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID caseId() {
        return caseId;
    }
}
