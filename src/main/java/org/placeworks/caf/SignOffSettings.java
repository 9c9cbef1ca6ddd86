package org.placeworks.caf;

import java.util.UUID;

/** Which steps a service's manager signs off. */
public record SignOffSettings(UUID serviceId, String serviceName, boolean closure, boolean stepUp, boolean stepDown,
        long version) {
}
