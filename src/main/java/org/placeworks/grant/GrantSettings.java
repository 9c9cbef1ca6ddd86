package org.placeworks.grant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The grants' business knobs; each council sets its own. */
@ConfigMapping(prefix = "placeworks.grant")
public interface GrantSettings {

    /** Days an approved award may stay unpaid before it lapses and its commitment goes back to the fund. */
    @WithDefault("60")
    int lapseDays();

    /** When the daily lapse job runs (Quartz-style cron). */
    @WithDefault("0 30 1 * * ?")
    String lapseCron();
}
