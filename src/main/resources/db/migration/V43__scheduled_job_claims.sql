-- Each scheduled job fires on every app instance; the instance that moves its job's row on to the trigger's fire
-- time, in the same transaction as the work, runs it (shared.ScheduledRuns). One row per job, however often it fires.
create table scheduled_job_claim (
    job text primary key,
    last_fire timestamptz not null
);
