package org.placeworks.shared;

import java.util.Map;

/** A record would sit outside the boundary of the service that owns it: the one invariant of Placeworks. */
public class OutsideBoundary extends InvalidInput {
    public OutsideBoundary(String field, String message) {
        super(Map.of(field, message));
    }
}
