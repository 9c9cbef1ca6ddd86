package org.placeworks.geography;

import java.util.UUID;

/**
 * Fired inside the transaction of an administrator's change to an address (created or edited): an address decides
 * which service's boundary holds a family, so the audit module, which geography sits below, records it.
 * {@code before} is null for a new address.
 */
public record AddressRecorded(UUID addressId, String before, String after) {
}
