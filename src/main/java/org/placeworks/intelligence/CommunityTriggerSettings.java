package org.placeworks.intelligence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/**
 * The ASB Case Review ("Community Trigger") rules, which each council sets for itself: configuration,
 * never constants in code. Defaults are the statutory guidance's usual ones.
 */
@ConfigMapping(prefix = "placeworks.intelligence")
public interface CommunityTriggerSettings {

    /** Qualifying complaints about one location or one victim within the window that reach the trigger. */
    @WithDefault("3")
    int triggerThreshold();

    /** The rolling window, in months, counted back from the day the latest complaint was made. */
    @WithDefault("6")
    int triggerWindowMonths();

    /** A complaint qualifies only when it was made within this many months of the incident. */
    @WithDefault("1")
    int triggerReportWithinMonths();

    /** The report categories that count as anti-social behaviour for the trigger. */
    @WithDefault("ANTI_SOCIAL_BEHAVIOUR,INTIMIDATION,DRUG_DEALING")
    Set<ReportCategory> triggerCategories();

    /** Working days from receipt of an application to acknowledging it. */
    @WithDefault("10")
    int caseReviewAcknowledgeWorkingDays();

    /** Working days from receipt to deciding whether the threshold is met. */
    @WithDefault("15")
    int caseReviewDecideWorkingDays();

    /** Working days from receipt to holding the review meeting. */
    @WithDefault("20")
    int caseReviewMeetWorkingDays();
}
