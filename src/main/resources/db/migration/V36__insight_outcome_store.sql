-- Insight's store for the outcome and timeliness tables, rebuilt with the summary store (SummaryRebuild: nightly,
-- the current month every few minutes, at the first start) so that those tables read no case. One row per month,
-- neighbourhood (where the family lives, family_place) and owning service; with by_worker, also per lead
-- professional and allocated worker (a worker filter matches either, as the case lists do). Rows without
-- by_worker are the same figures summed over workers: what a table with no worker chosen reads, so the rows it
-- reads do not grow with the workforce. A derived store, so no foreign keys: a rebuild replaces every row.

-- Closures by how their needs went (month closed) and referrals (month referred).
create table insight_outcome (
    month            date not null,
    neighbourhood_id uuid not null,
    service_id       uuid not null,
    by_worker        boolean not null,
    lead_id          uuid,
    allocated_id     uuid,
    closed           bigint not null,
    all_met          bigint not null,
    partly_met       bigint not null,
    not_met          bigint not null,
    stepped_up       bigint not null,
    referrals        bigint not null,
    stepped_down     bigint not null
);
create index insight_outcome_read on insight_outcome (by_worker, month, neighbourhood_id);

-- Needs of cases closed in the month, by headline outcome and their outcome at closure.
create table insight_need_outcome (
    month            date not null,
    neighbourhood_id uuid not null,
    service_id       uuid not null,
    by_worker        boolean not null,
    lead_id          uuid,
    allocated_id     uuid,
    headline         text not null,
    needs            bigint not null,
    met              bigint not null,
    partly_met       bigint not null,
    not_met          bigint not null,
    unrecorded       bigint not null
);
create index insight_need_outcome_read on insight_need_outcome (by_worker, month, neighbourhood_id);

-- Grants approved or paid, by the month of the decision and the headline outcome of their need. A need is
-- counted once however many grants it had: earlier_month is the last earlier month in which the same need had
-- a grant, so a period counts a need's row only in its first month there (earlier_month null or before it).
create table insight_grant_outcome (
    month            date not null,
    earlier_month    date,
    neighbourhood_id uuid not null,
    service_id       uuid not null,
    by_worker        boolean not null,
    lead_id          uuid,
    allocated_id     uuid,
    headline         text not null,
    awarded          bigint not null,
    awarded_pence    bigint not null,
    paid             bigint not null,
    paid_pence       bigint not null,
    needs            bigint not null,
    met              bigint not null,
    partly_met       bigint not null,
    not_met          bigint not null,
    unrecorded       bigint not null,
    still_open       bigint not null
);
create index insight_grant_outcome_read on insight_grant_outcome (by_worker, month, neighbourhood_id);

-- Days from referral to each stage (assessment completed, first review, closure) in the month it happened, as
-- a distribution (cases per whole number of days): a median over any months, places and services is exact.
create table insight_duration (
    month            date not null,
    neighbourhood_id uuid not null,
    service_id       uuid not null,
    by_worker        boolean not null,
    lead_id          uuid,
    allocated_id     uuid,
    stage            text not null check (stage in ('ASSESSMENT', 'FIRST_REVIEW', 'CLOSURE')),
    days             int not null,
    cases            bigint not null,
    within_timescale bigint not null
);
create index insight_duration_read on insight_duration (by_worker, month, neighbourhood_id);

-- The new store is empty: the next start rebuilds everything (SummaryAtStart).
update insight_refresh set full_rebuild_at = null;
