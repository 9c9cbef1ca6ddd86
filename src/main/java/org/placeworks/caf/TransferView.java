package org.placeworks.caf;

import java.time.Instant;
import java.util.UUID;

/** An offer of a case to another service, and its answer. {@code version} is posted back with the answer. */
public record TransferView(UUID id, UUID caseId, String caseReference, String familyName, String fromService, String toService,
        TransferCause cause, String reason, TransferStatus status, Instant requestedAt, String requestedBy, Instant decidedAt,
        String decidedBy, String decisionReason, long version) {

    public boolean pending() {
        return status == TransferStatus.PENDING;
    }
}
