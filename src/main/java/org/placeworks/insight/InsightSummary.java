package org.placeworks.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.placeworks.insight.internal.Summary;

/**
 * Insight's one public verb for the rest of the app: rebuild the summary store now. The demo calls it
 * once its records are loaded, so that managers' figures show them at once rather than after the schedule.
 */
@ApplicationScoped
public class InsightSummary {

    @Inject
    Summary summary;

    public void refresh() {
        summary.refresh();
    }
}
