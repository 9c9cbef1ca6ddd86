package org.placeworks.intelligence;

import java.util.UUID;

/**
 * Where it happened, as the reporter gave it: an address from the register, or an area of the place
 * (a neighbourhood or an estate), and/or their own words. With neither an address nor an area, the
 * description alone is kept and the report is "outside our area" for triage.
 */
public record ReportLocation(UUID addressId, UUID areaId, String description) {

    public static ReportLocation address(UUID addressId, String description) {
        return new ReportLocation(addressId, null, description);
    }

    public static ReportLocation area(UUID areaId, String description) {
        return new ReportLocation(null, areaId, description);
    }

    public static ReportLocation described(String description) {
        return new ReportLocation(null, null, description);
    }
}
