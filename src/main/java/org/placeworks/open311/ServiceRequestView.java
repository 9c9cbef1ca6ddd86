package org.placeworks.open311;

import java.time.Instant;
import java.util.UUID;

/**
 * A service request as the public reads it (GeoReport v2): nothing about who reported it, and a place no
 * closer than its street. {@code status} is the spec's open or closed.
 */
public record ServiceRequestView(UUID id, String status, String statusNotes, String serviceName, String serviceCode,
        String description, String agencyResponsible, String serviceNotice, Instant requested, Instant updated,
        Instant expected, String address, Double latitude, Double longitude) {
}
