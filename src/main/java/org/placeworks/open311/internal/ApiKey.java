package org.placeworks.open311.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.open311.ApiKeyView;
import org.placeworks.shared.Conflict;

/** One Open311 client's API key: only its hash is kept; once revoked it is refused for good. */
@Entity
@Table(name = "open311_client")
public class ApiKey {

    @Id
    UUID id;

    @Column(name = "client_name")
    String clientName;

    @Column(name = "key_hash")
    byte[] keyHash;

    /** The key's last four characters, so an administrator can tell which key a client holds. */
    @Column(name = "key_hint")
    String keyHint;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "revoked_by")
    String revokedBy;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    @Version
    long version;

    protected ApiKey() {
    }

    public ApiKey(String clientName, byte[] keyHash, String keyHint, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.clientName = clientName;
        this.keyHash = keyHash.clone();
        this.keyHint = keyHint;
        this.createdAt = at;
        this.createdBy = by;
    }

    public UUID id() {
        return id;
    }

    public String clientName() {
        return clientName;
    }

    public long version() {
        return version;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at, String by) {
        if (revoked()) {
            throw new Conflict("This key was already revoked");
        }
        revokedAt = at;
        revokedBy = by;
    }

    /** Noted at most once a minute, so a busy client does not write on every request. */
    public void used(Instant at) {
        if (lastUsedAt == null || lastUsedAt.isBefore(at.minusSeconds(60))) {
            lastUsedAt = at;
        }
    }

    public ApiKeyView view() {
        return new ApiKeyView(id, clientName, keyHint, createdAt, createdBy, revokedAt, revokedBy, lastUsedAt, version);
    }
}
