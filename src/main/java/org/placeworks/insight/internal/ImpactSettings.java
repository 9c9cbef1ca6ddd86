package org.placeworks.insight.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import org.placeworks.caf.HeadlineOutcome;

/**
 * The council's knobs for outcomes and evidence of impact: how long a Supporting Families claim window is, and the
 * unit costs the cost-avoidance estimate multiplies sustained outcomes by (each council should put in its own).
 */
// Its own prefix under placeworks.insight: a mapping refuses unknown keys under its root, and other parts of
// insight keep their own settings under placeworks.insight.
@ConfigMapping(prefix = "placeworks.insight.outcomes")
public interface ImpactSettings {

    /** Claim windows run from April in blocks of this many months (3: financial quarters); must divide 12. */
    @WithDefault("3")
    int claimWindowMonths();

    /** When the daily job makes missing sustainment checks (a cron expression). */
    String sustainmentCron();

    /**
     * Whether each start also makes the sustainment checks a closure did not make, on a worker thread beside the start
     * (off in tests, which make them when they mean to).
     */
    @WithDefault("true")
    boolean sustainmentAtStart();

    /** Unit costs by a short key (e.g. "housing"). */
    Map<String, UnitCost> unitCosts();

    /** One unit cost: what it costs, in pence, where the figure comes from and its price year, and the outcome it prices. */
    interface UnitCost {
        String label();

        long pence();

        String source();

        String year();

        HeadlineOutcome outcome();
    }
}
