package org.placeworks.panel.internal;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.placeworks.shared.ScheduledRuns;

/**
 * Keeps every panel's meetings scheduled for the months ahead. With several app instances the job
 * fires on each: the instance that claims the trigger ({@link ScheduledRuns}) schedules, the others skip. The
 * advisory lock keeps a run started by hand from overlapping it.
 */
@ApplicationScoped
public class MeetingScheduler {

    /** The advisory lock key of this job ("panel" in ASCII). */
    public static final long LOCK_KEY = 0x70616e656cL;
    static final String JOB = "panel-meetings-ahead";
    private static final Logger LOG = Logger.getLogger(MeetingScheduler.class);

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingsAhead ahead;

    @Inject
    PanelViews views;

    @Inject
    ScheduledRuns runs;

    @Scheduled(identity = "panel-meetings-ahead", cron = "{placeworks.panel.schedule-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        scheduleAhead(ScheduledRuns.trigger(execution));
    }

    /** The run for one trigger: meetings made, or -1 when another instance ran this trigger (or is scheduling). */
    @Transactional
    public int scheduleAhead(Instant trigger) {
        if (!runs.claim(JOB, trigger)) {
            LOG.infof("Panel meetings for the trigger at %s already scheduled: skipped", trigger);
            return -1;
        }
        return scheduleAhead();
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
