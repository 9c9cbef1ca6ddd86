package org.placeworks.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A record shared beyond its boundary with one member of staff, and why; revoked, never deleted. A break-glass
 * grant is one the member of staff gave themselves, for a reason, until {@code expiresAt}; the data protection
 * officer or their manager marks it reviewed.
 */
@Entity
@Table(name = "access_grant")
public class AccessGrant {

    @Id
    UUID id;

    @Column(name = "record_kind")
    String recordKind;

    @Column(name = "record_id")
    UUID recordId;

    @Column(name = "staff_id")
    UUID staffId;

    String reason;

    @Column(name = "granted_by")
    String grantedBy;

    @Column(name = "granted_at")
    Instant grantedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    /** {@link #SHARE} or {@link #BREAK_GLASS}. */
    String kind = SHARE;

    /** When the grant ends by itself; null for a share, which lasts until revoked. */
    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "reviewed_at")
    Instant reviewedAt;

    @Column(name = "reviewed_by")
    String reviewedBy;

    @Column(name = "review_note")
    String reviewNote;

    public static final String SHARE = "SHARE";
    public static final String BREAK_GLASS = "BREAK_GLASS";

    protected AccessGrant() {
    }

    /** The member of staff opened the record themselves, for a reason, until {@code until}. */
    public static AccessGrant brokenGlass(String recordKind, UUID recordId, UUID staffId, String username, String reason, Instant at,
            Instant until) {
        AccessGrant grant = new AccessGrant(recordKind, recordId, staffId, reason, username, at);
        grant.kind = BREAK_GLASS;
        grant.expiresAt = until;
        return grant;
    }

    public UUID id() {
        return id;
    }

    public String recordKind() {
        return recordKind;
    }

    public String kind() {
        return kind;
    }

    public UUID recordId() {
        return recordId;
    }

    public UUID staffId() {
        return staffId;
    }

    public String reason() {
        return reason;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public boolean brokenGlass() {
        return BREAK_GLASS.equals(kind);
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** Marks a break-glass access reviewed; a second review would overwrite the first reviewer's word, so it is refused. */
    public void review(String by, String note, Instant at) {
        if (!BREAK_GLASS.equals(kind)) {
            throw new IllegalStateException("Only a break-glass access is reviewed");
        }
        if (reviewed()) {
            throw new org.placeworks.shared.Conflict("This access was already marked reviewed by " + reviewedBy + ".");
        }
        reviewedAt = at;
        reviewedBy = by;
        reviewNote = note;
    }

    public AccessGrant(String recordKind, UUID recordId, UUID staffId, String reason, String grantedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.staffId = staffId;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
    }

    public void revoke(Instant at) {
        revokedAt = at;
    }
}
