package org.placeworks.caf;

import java.util.UUID;

/** Offer the case to another service, with why; {@code version} is the case's as the worker saw it. */
public record TransferCommand(UUID toServiceId, String reason, Long version) {
}
