package org.placeworks.caf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The early help timescales, which differ between councils: configuration, never constants in code. */
@ConfigMapping(prefix = "placeworks.caf")
public interface CafSettings {

    /** Working days from consent to a completed assessment. */
    @WithDefault("10")
    int assessmentWorkingDays();

    /** Weeks from the completed assessment to the first review. */
    @WithDefault("6")
    int firstReviewWeeks();

    /** Months between later reviews, at most. */
    @WithDefault("3")
    int reviewIntervalMonths();

    /** Months from a completed assessment (or re-assessment) to the next re-assessment. */
    @WithDefault("12")
    int reassessmentMonths();

    /** A request for a family whose case closed within this many months is a re-referral of that case. */
    @WithDefault("12")
    int reReferralMonths();

    /** Working days ahead the daily reminder email looks for what falls due. */
    @WithDefault("5")
    int reminderWorkingDays();

    /**
     * When the daily reminder email is sent (Quartz-style cron). Part of the mapping, so that setting it is not
     * refused at start as a property the mapping does not know.
     */
    @WithDefault("0 0 7 ? * MON-FRI")
    String reminderCron();
}
