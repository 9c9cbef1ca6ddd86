package org.placeworks.estate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issue as its owning service and the managers over its ground see it, reporter included.
 * {@code place} is the full address or the described place; {@code version} guards changes.
 */
public record EstateIssueView(UUID id, String reference, EstateCategory category, IssueStatus status, String title,
        String description, UUID addressId, String place, String placeDescription, UUID neighbourhoodId,
        String neighbourhoodName, UUID estateId, String estateName, Double latitude, Double longitude,
        ReporterContact reporter, IssueChannel channel, String channelReference, UUID owningServiceId,
        String owningServiceName, Instant reportedAt, String reportedBy, Instant updatedAt, LocalDate targetDate,
        CloseReason closeReason, boolean overdue, long version) {
}
