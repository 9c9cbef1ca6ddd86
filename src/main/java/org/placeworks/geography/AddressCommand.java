package org.placeworks.geography;

import java.util.UUID;

/** What a person or an import gives to create or change an address; checked by {@link Places}. */
public record AddressCommand(String uprn, String line1, String line2, String town, String postcode,
        UUID neighbourhoodId, UUID estateId, Long version) {
}
