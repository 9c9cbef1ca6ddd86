package org.placeworks.panel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults for new panels and the panel's timescales; each council sets its own, each panel may differ. */
@ConfigMapping(prefix = "placeworks.panel")
public interface PanelSettings {

    /** Days before the meeting after which a case goes to the following meeting, unless the chair accepts it as urgent. */
    @WithDefault("7")
    int cutOffDays();

    /** Minutes each agenda item is given. */
    @WithDefault("10")
    int minutesPerItem();

    /** Agencies that must be present (or represented by a deputy), besides the chair, for decisions. */
    @WithDefault("3")
    int quorumAgencies();

    /** How far ahead meetings are scheduled. */
    @WithDefault("12")
    int monthsAhead();

    /** Days after a meeting during which its members may still read its agenda items. */
    @WithDefault("28")
    int memberWindowDays();

    /** When the scheduling job runs (Quartz-style cron). */
    @WithDefault("0 15 2 * * ?")
    String scheduleCron();
}
