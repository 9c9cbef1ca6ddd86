package org.placeworks.organisation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a record opened by breaking glass stays open: a council's information governance decides, not the code. */
@ConfigMapping(prefix = "placeworks.break-glass")
public interface BreakGlassSettings {

    /** From opening the record to the end of access (ISO-8601, PT4H is four hours). */
    @WithDefault("PT4H")
    Duration window();
}
