package org.placeworks.geography;

import java.util.UUID;

/** An address with the neighbourhood and estate it sits in. */
public record AddressView(UUID id, long uprn, String line1, String line2, String town, String postcode,
        UUID neighbourhoodId, String neighbourhoodName, UUID estateId, String estateName, long version) {

    public String oneLine() {
        StringBuilder text = new StringBuilder(line1);
        if (line2 != null && !line2.isBlank()) {
            text.append(", ").append(line2);
        }
        return text.append(", ").append(town).append(", ").append(postcode).toString();
    }
}
