package org.placeworks.open311;

import java.util.List;

/** One kind of estate issue as Open311 offers it: a GeoReport v2 service and its definition. */
public record Open311Service(String code, String name, String description, String group, List<Open311Attribute> attributes) {

    /** Whether the service has a definition worth fetching (the spec's {@code metadata}). */
    public boolean metadata() {
        return !attributes.isEmpty();
    }
}
