package org.placeworks.insight.internal;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.placeworks.shared.ScheduledRuns;

/**
 * Keeps the summary store fresh: the current month every few minutes, everything nightly (a referral
 * recorded late for a past month, a move recorded afterwards). Each run fires on every instance; the
 * one that claims the trigger ({@link ScheduledRuns}) rebuilds and the others skip.
 */
@ApplicationScoped
public class SummarySchedule {

    @Inject
    SummaryRebuild rebuild;

    @Scheduled(identity = "insight-current-month", cron = "{placeworks.insight.current-month-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void currentMonth(ScheduledExecution execution) {
        rebuild.currentMonthUnlessBusy(ScheduledRuns.trigger(execution));
    }

    @Scheduled(identity = "insight-full-rebuild", cron = "{placeworks.insight.full-rebuild-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everything(ScheduledExecution execution) {
        rebuild.fullUnlessBusy(ScheduledRuns.trigger(execution));
    }
}
