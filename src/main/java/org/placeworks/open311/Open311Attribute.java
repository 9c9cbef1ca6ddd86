package org.placeworks.open311;

import java.util.List;

/**
 * A question a service asks of a report (GeoReport v2 service definition): FixMyStreet shows it to the
 * reporter and sends the answer as {@code attribute[code]}. {@code datatype} is one of the spec's: string,
 * number, datetime, text, singlevaluelist, multivaluelist.
 */
public record Open311Attribute(String code, boolean variable, String datatype, boolean required, String datatypeDescription,
        int order, String description, List<Value> values) {

    public record Value(String key, String name) {
    }
}
