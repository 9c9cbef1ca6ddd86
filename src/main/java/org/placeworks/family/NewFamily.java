package org.placeworks.family;

import java.util.UUID;

/**
 * A household to register, e.g. "Walker family": at a UPRN address ({@code addressId}), or, in temporary
 * accommodation without a UPRN or with no fixed abode ({@code kind}), at a described location in the
 * neighbourhood they are staying in ({@code description}, {@code areaId}).
 */
public record NewFamily(String name, UUID addressId, PlaceKind kind, String description, UUID areaId) {

    /** A household at a home address. */
    public NewFamily(String name, UUID addressId) {
        this(name, addressId, null, null, null);
    }
}
