package org.placeworks.intelligence;

import java.util.UUID;

/**
 * Where a triaged report goes: to one of the services that cover its place ({@code serviceId}), or, for a
 * report outside our area, to the council that covers it ({@code otherCouncil}, which closes the report).
 * {@code version} is the report's, as the officer read it.
 */
public record RouteCommand(UUID serviceId, String otherCouncil, String noteForReporter, Long version) {
}
