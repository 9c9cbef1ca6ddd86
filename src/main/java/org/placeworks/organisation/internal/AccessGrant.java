package org.placeworks.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A record shared beyond its boundary with one member of staff, and why; revoked, never deleted. */
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

    protected AccessGrant() {
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
