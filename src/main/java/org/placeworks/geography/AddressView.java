package org.placeworks.geography;

import java.util.UUID;

/**
 * An address with the neighbourhood and estate it sits in. A place without a UPRN (temporary
 * accommodation that is not a UPRN property, or a family with no fixed abode) is {@link #described}: its
 * words, and the neighbourhood the worker chose, which then decides whose boundary holds it.
 */
public record AddressView(UUID id, long uprn, String line1, String line2, String town, String postcode,
        UUID neighbourhoodId, String neighbourhoodName, UUID estateId, String estateName, long version) {

    /** A place known only by its description and the neighbourhood chosen for it. */
    public static AddressView described(String description, UUID neighbourhoodId, String neighbourhoodName) {
        return new AddressView(null, 0, description, null, "", "", neighbourhoodId, neighbourhoodName, null, null, 0);
    }

    /** Whether this is a property in the address register (with a UPRN), not a described location. */
    public boolean hasUprn() {
        return id != null;
    }

    public String oneLine() {
        StringBuilder text = new StringBuilder(line1);
        if (line2 != null && !line2.isBlank()) {
            text.append(", ").append(line2);
        }
        if (town != null && !town.isBlank()) {
            text.append(", ").append(town);
        }
        if (postcode != null && !postcode.isBlank()) {
            text.append(", ").append(postcode);
        }
        return text.toString();
    }
}
