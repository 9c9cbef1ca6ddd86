package org.placeworks.estate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What of an issue the public may see: never the reporter's contact details, never a house number
 * ({@code placeDescription} is the street and postcode district for an address). {@code publicNote}
 * is the newest note written for the public.
 */
public record PublicIssue(UUID id, String reference, EstateCategory category, IssueStatus status, String publicDescription,
        String publicNote, Double latitude, Double longitude, String placeDescription, String serviceName,
        Instant reportedAt, Instant updatedAt, LocalDate targetDate) {
}
