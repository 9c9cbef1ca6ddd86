package org.placeworks.panel.internal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Keeps every panel's meetings scheduled for the months ahead. With several app instances the job
 * fires on each, so it takes a PostgreSQL advisory lock for its transaction: the instance that gets
 * it schedules, the others skip.
 */
@ApplicationScoped
public class MeetingScheduler {

    /** The advisory lock key of this job ("panel" in ASCII). */
    public static final long LOCK_KEY = 0x70616e656cL;
    private static final Logger LOG = Logger.getLogger(MeetingScheduler.class);

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingsAhead ahead;

    @Inject
    PanelViews views;

    @Scheduled(identity = "panel-meetings-ahead", cron = "{placeworks.panel.schedule-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        scheduleAhead();
    }

    /** Meetings made, or -1 when another instance holds the lock and this run skipped. */
    @Transactional
    public int scheduleAhead() {
        if (!meetings.tryScheduleLock(LOCK_KEY)) {
            LOG.info("Another instance is scheduling panel meetings: skipped");
            return -1;
        }
        int made = ahead.scheduleAll(views.today());
        if (made > 0) {
            LOG.infof("Scheduled %d panel meetings ahead", made);
        }
        return made;
    }
}
