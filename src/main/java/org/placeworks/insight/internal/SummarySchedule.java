package org.placeworks.insight.internal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the summary store fresh: the current month every few minutes, everything nightly (a referral
 * recorded late for a past month, a move recorded afterwards). Each run fires on every instance; the
 * rebuild's advisory lock lets one of them work and the others skip.
 */
@ApplicationScoped
public class SummarySchedule {

    @Inject
    SummaryRebuild rebuild;

    @Scheduled(identity = "insight-current-month", cron = "{placeworks.insight.current-month-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void currentMonth() {
        rebuild.currentMonthUnlessBusy();
    }

    @Scheduled(identity = "insight-full-rebuild", cron = "{placeworks.insight.full-rebuild-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everything() {
        rebuild.fullUnlessBusy();
    }
}
