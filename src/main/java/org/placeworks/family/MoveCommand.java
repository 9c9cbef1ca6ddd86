package org.placeworks.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a family lives from a date: a UPRN address ({@code addressId}), or for temporary accommodation
 * without a UPRN and for no fixed abode, a {@code description} and the neighbourhood ({@code areaId}) they
 * are staying in. {@code version} is the family's, as the worker saw it.
 */
public record MoveCommand(PlaceKind kind, UUID addressId, String description, UUID areaId, LocalDate movedOn, Long version) {
}
