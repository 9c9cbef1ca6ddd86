package org.placeworks.open311;

import java.time.Instant;
import java.util.UUID;

/** An Open311 client's key as administrators see it: never the key itself, only its last four characters. */
public record ApiKeyView(UUID id, String clientName, String keyHint, Instant createdAt, String createdBy, Instant revokedAt,
        String revokedBy, Instant lastUsedAt, long version) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
