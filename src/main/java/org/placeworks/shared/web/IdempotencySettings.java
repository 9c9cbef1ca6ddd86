package org.placeworks.shared.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a create request's answer is kept for a repeat of it, and how long a repeat waits for the first. */
@ConfigMapping(prefix = "placeworks.idempotency")
public interface IdempotencySettings {

    /** Off only to show what happens without it (a double-submitted form makes two records). */
    @WithDefault("true")
    boolean enabled();

    /** A key is remembered this long after its first use; after that it may be used again. */
    @WithDefault("PT24H")
    Duration keyLifetime();

    /** A repeat that arrives while the first is still being handled waits this long for its answer, then gets a 409. */
    @WithDefault("PT10S")
    Duration waitForFirst();
}
