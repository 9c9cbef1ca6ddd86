package org.placeworks.estate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A search of issues as the public sees them; null parts do not filter. {@code from}/{@code to} bound
 * the time reported, {@code open} the status, {@code limit} the number returned (newest first).
 */
public record PublicIssueQuery(List<UUID> ids, EstateCategory category, Instant from, Instant to, Boolean open, int limit) {
}
