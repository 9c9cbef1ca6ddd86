package org.placeworks.estate;

import java.util.UUID;

/**
 * Where an issue is: an address ({@code addressId}), or a place described in words with the
 * neighbourhood (and estate) it lies in; optional coordinates either way.
 */
public record IssueLocation(UUID addressId, String description, UUID neighbourhoodId, UUID estateId,
        Double latitude, Double longitude) {

    public static IssueLocation atAddress(UUID addressId) {
        return new IssueLocation(addressId, null, null, null, null, null);
    }

    public static IssueLocation described(String description, UUID neighbourhoodId, UUID estateId) {
        return new IssueLocation(null, description, neighbourhoodId, estateId, null, null);
    }
}
