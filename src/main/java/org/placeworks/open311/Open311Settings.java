package org.placeworks.open311;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How this council's Open311 endpoint presents itself to civic tools. */
@ConfigMapping(prefix = "placeworks.open311")
public interface Open311Settings {

    /** When set, a request's {@code jurisdiction_id} must equal it; unset, any value (or none) is accepted. */
    Optional<String> jurisdictionId();
}
