package org.placeworks.intelligence;

import java.util.UUID;

/**
 * Where a report is placed: the address (if one was chosen), the neighbourhood and estate it sits in,
 * the reporter's words, a line to show, and whether it is outside every Community Intelligence
 * service's boundary.
 */
public record ReportPlace(UUID addressId, UUID neighbourhoodId, UUID estateId, String description, String oneLine,
        boolean outsideArea) {
}
